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
package io.github.huaweiocr.camel.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huaweiocr.camel.error.HuaweiOcrException;

/**
 * One recognised table as a rectangular grid of cell texts. A merged cell (one that spans several rows or columns)
 * holds its text in its top-left position; the other positions it covers are empty strings.
 */
public final class TableGrid {

    private final String[][] cells;

    private TableGrid(String[][] cells) {
        this.cells = cells;
    }

    /**
     * Builds a grid from the cell blocks of a table: {@code [{"words": "...", "rows": [0], "columns": [1, 2]}, ...]}
     * with 0-based row and column indices (general-table, financial-statement, smart-document-recognizer).
     *
     * @throws HuaweiOcrException when a cell has no row or column indices
     */
    public static TableGrid fromCells(JsonNode cellBlocks) {
        int rowCount = 0;
        int columnCount = 0;
        List<int[]> anchors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int i = 0;
        for (JsonNode cell : cellBlocks) {
            int[] rows = indices(cell.path("rows"), i, "rows");
            int[] columns = indices(cell.path("columns"), i, "columns");
            rowCount = Math.max(rowCount, rows[1] + 1);
            columnCount = Math.max(columnCount, columns[1] + 1);
            anchors.add(new int[] {rows[0], columns[0]});
            texts.add(cell.path("words").asText(""));
            i++;
        }
        String[][] grid = new String[rowCount][columnCount];
        for (String[] row : grid) {
            Arrays.fill(row, "");
        }
        for (int c = 0; c < anchors.size(); c++) {
            int[] at = anchors.get(c);
            String existing = grid[at[0]][at[1]];
            // Two blocks anchored on one cell (a cell split into lines): keep both texts, in reading order.
            grid[at[0]][at[1]] = existing.isEmpty() ? texts.get(c) : existing + "\n" + texts.get(c);
        }
        return new TableGrid(grid);
    }

    /** {@code [min, max]} of a cell's index list. */
    private static int[] indices(JsonNode list, int cell, String field) {
        if (!list.isArray() || list.isEmpty()) {
            throw new HuaweiOcrException("Table cell " + cell + " has no '" + field
                    + "' indices: the result is not a table the CSV output can read");
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (JsonNode n : list) {
            int v = n.asInt(-1);
            if (v < 0) {
                throw new HuaweiOcrException("Table cell " + cell + " has an invalid '" + field + "' index: " + n);
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new int[] {min, max};
    }

    /** Number of rows. */
    public int rowCount() {
        return cells.length;
    }

    /** Number of columns. */
    public int columnCount() {
        return cells.length == 0 ? 0 : cells[0].length;
    }

    /** Text at a 0-based position; empty for empty cells and for positions covered by a merged cell. */
    public String cell(int row, int column) {
        return cells[row][column];
    }

    /** The rows, each a list of cell texts. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(cells.length);
        for (String[] row : cells) {
            rows.add(List.of(row));
        }
        return Collections.unmodifiableList(rows);
    }
}
