/*
 * Copyright 2026 The camel-huaweiocr maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.huaweiocr.reliability.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads an example's database as the test sees it: a fresh connection per query, rows as strings. */
public final class Jdbc {

    private final String url;
    private final String user;
    private final String password;

    public Jdbc(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The single number a {@code select count(*)} returns. */
    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row, each column as a string (or null). */
    public List<String[]> rows(String sql, Object... parameters) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Whether the example has created {@code table} yet (it does when it starts). */
    public boolean tableExists(String table) throws SQLException {
        return count("select count(*) from information_schema.tables where lower(table_name) = ?", table) > 0;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
