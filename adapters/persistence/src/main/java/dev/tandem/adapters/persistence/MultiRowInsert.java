package dev.tandem.adapters.persistence;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * An {@code INSERT … VALUES (…), (…)} of any number of rows with named parameters ({@code :text0, :text1, …}):
 * one statement, one parse and one round trip for all of a turn's messages or events. The statement texts and
 * parameter names for up to {@link #CACHED_ROWS} rows are built once: formatting them per turn showed in the
 * writer's profile.
 */
final class MultiRowInsert {

    static final int CACHED_ROWS = 16;

    private final String prefix;
    private final List<String> parameters;
    private final String[] statements = new String[CACHED_ROWS + 1];
    private final String[][] names = new String[CACHED_ROWS][];

    MultiRowInsert(String table, List<String> columns, List<String> parameters) {
        if (columns.size() != parameters.size()) {
            throw new IllegalArgumentException("one parameter per column");
        }
        this.prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.parameters = List.copyOf(parameters);
        for (int row = 0; row < CACHED_ROWS; row++) {
            names[row] = build(row);
        }
        for (int rows = 1; rows <= CACHED_ROWS; rows++) {
            statements[rows] = buildSql(rows);
        }
    }

    /** Inserts {@code rows}, each as its values in the order of the columns; no statement for no rows. */
    <T> Mono<Void> insert(DatabaseClient db, List<T> rows, Function<T, List<?>> values) {
        if (rows.isEmpty()) {
            return Mono.empty();
        }
        DatabaseClient.GenericExecuteSpec insert = db.sql(sql(rows.size()));
        for (int row = 0; row < rows.size(); row++) {
            List<?> rowValues = values.apply(rows.get(row));
            for (int column = 0; column < rowValues.size(); column++) {
                insert = insert.bind(name(row, column), rowValues.get(column));
            }
        }
        return insert.then();
    }

    String sql(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("nothing to insert");
        }
        return rows <= CACHED_ROWS ? statements[rows] : buildSql(rows);
    }

    /** The name of the parameter of {@code column} (its index in the list given) in {@code row}. */
    String name(int row, int column) {
        return row < CACHED_ROWS ? names[row][column] : parameters.get(column) + row;
    }

    private String[] build(int row) {
        return parameters.stream().map(parameter -> parameter + row).toArray(String[]::new);
    }

    private String buildSql(int rows) {
        StringJoiner values = new StringJoiner(", ", prefix, "");
        for (int row = 0; row < rows; row++) {
            StringJoiner one = new StringJoiner(", ", "(", ")");
            for (String parameter : parameters) {
                one.add(":" + parameter + row);
            }
            values.add(one.toString());
        }
        return values.toString();
    }
}
