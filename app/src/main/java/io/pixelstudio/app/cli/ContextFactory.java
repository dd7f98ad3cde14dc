package io.pixelstudio.app.cli;

import picocli.CommandLine;

import java.lang.reflect.Constructor;

/**
 * Builds subcommands with the shared {@link CliContext} through their one-argument constructor;
 * everything else picocli needs comes from its default factory. This is how dependencies reach
 * commands without statics.
 */
final class ContextFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
            constructor.setAccessible(true);
            return constructor.newInstance(context);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
