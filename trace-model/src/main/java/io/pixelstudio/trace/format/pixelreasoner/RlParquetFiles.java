package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.format.JsonRecordsWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes the RL data's Parquet files ({@code release.parquet}, the benchmark files) through
 * DuckDB's JDBC driver, an in-process engine whose jar carries its native library, so no Hadoop
 * setup is needed. Rows travel as JSON objects in column order: DuckDB turns each row into JSON on
 * read, and on write a JSON-lines file (in the system temporary folder) is loaded with explicit column types (lists stay lists,
 * booleans stay booleans) and copied to Parquet.
 */
final class RlParquetFiles {

    /** Parquet files start (and end) with these bytes. */
    static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    private final ObjectMapper mapper;

    RlParquetFiles(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Every row of {@code file} as a JSON object, columns in file order. */
    List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> rows = new ArrayList<>();
        try (Connection db = open();
             PreparedStatement query = db.prepareStatement("SELECT to_json(t) FROM read_parquet(?) t")) {
            query.setString(1, file.toAbsolutePath().toString());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    JsonNode row = mapper.readTree(result.getString(1));
                    if (!(row instanceof ObjectNode object)) {
                        throw new IOException(file + ": row " + rows.size() + " did not convert to a JSON object");
                    }
                    rows.add(object);
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot read Parquet file " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Replaces {@code target} atomically with a Parquet file holding {@code rows}. */
    void write(List<ObjectNode> rows, Path target) throws IOException {
        Map<String, String> columns = ParquetColumnTypes.infer(rows);
        if (columns.isEmpty()) {
            throw new IOException("cannot write " + target + ": no rows and so no columns");
        }
        List<ObjectNode> conformed = new ArrayList<>(rows.size());
        for (ObjectNode row : rows) {
            ObjectNode copy = row.deepCopy();
            columns.forEach((name, type) -> {
                if (copy.has(name)) {
                    copy.set(name, ParquetColumnTypes.conform(copy.get(name), type));
                }
            });
            conformed.add(copy);
        }
        Path staging = Files.createTempFile("pixelstudio-rl-", ".jsonl");
        try {
            try (OutputStream out = Files.newOutputStream(staging)) {
                new JsonRecordsWriter(mapper).write(conformed, JsonRecordLayout.LINES, out);
            }
            AtomicFiles.replace(target, temp -> copyToParquet(staging, columns, temp));
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private static void copyToParquet(Path jsonLines, Map<String, String> columns, Path out) throws IOException {
        StringBuilder struct = new StringBuilder("{");
        List<String> select = new ArrayList<>();
        for (Map.Entry<String, String> column : columns.entrySet()) {
            if (struct.length() > 1) {
                struct.append(", ");
            }
            struct.append(literal(column.getKey())).append(": ").append(literal(column.getValue()));
            select.add(identifier(column.getKey()));
        }
        struct.append('}');
        String sql = "COPY (SELECT " + String.join(", ", select) + " FROM read_json(" + literal(jsonLines.toString())
                + ", format = 'newline_delimited', columns = " + struct + ")) TO " + literal(out.toString())
                + " (FORMAT PARQUET)";
        try (Connection db = open(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet file: " + e.getMessage(), e);
        }
    }

    private static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
