package io.sidebench.logic.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work run by {@link ProjectStore} under its lock. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
