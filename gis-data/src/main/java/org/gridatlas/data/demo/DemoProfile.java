package org.gridatlas.data.demo;

/**
 * Which demo data set {@link DemoLoader} generates.
 * <ul>
 *   <li>{@link #LIYANG}: 溧阳市 (seed 000), the whole county: 14 town-level units, 244 villages, about 260,000 households.</li>
 *   <li>{@link #DAYAO}: 大瑶镇, 浏阳市 (seed 004): one town with exactly 15 villages, 81 grid areas, 356 groups,
 *       1,756 liaisons and 24,000 households.</li>
 *   <li>{@link #SUZHOU}: 宿州市 (Anhui), a city-scale benchmark: the real towns and villages of its five counties,
 *       1.7 million households, 15,000 grid areas, visits thinned to 15%.</li>
 * </ul>
 */
public enum DemoProfile {
    LIYANG,
    DAYAO,
    SUZHOU
}
