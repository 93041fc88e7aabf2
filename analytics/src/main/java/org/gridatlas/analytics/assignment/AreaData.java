package org.gridatlas.analytics.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One grid area's households (with their current link) and liaisons (homes), in WGS 84. */
public record AreaData(long gridAreaId, List<Point> households, List<Point> liaisons) {

    /** A household (linkId/targetId: its current liaison link and liaison, 0 if none) or a liaison's home. */
    public record Point(long id, String code, double lon, double lat, long linkId, long targetId) {
    }

    /** The balancing problem in local metres around the households' centroid. */
    public BalanceProblem problem(int min, int max, long changePenalty) {
        int n = households.size();
        int l = liaisons.size();
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = households.get(i).lon();
            lat[i] = households.get(i).lat();
        }
        LocalMetres m = LocalMetres.around(lon, lat);
        Map<Long, Integer> index = new HashMap<>();
        double[] cx = new double[l];
        double[] cy = new double[l];
        for (int c = 0; c < l; c++) {
            Point p = liaisons.get(c);
            index.put(p.id(), c);
            cx[c] = m.x(p.lon());
            cy[c] = m.y(p.lat());
        }
        double[] px = new double[n];
        double[] py = new double[n];
        int[] current = new int[n];
        for (int i = 0; i < n; i++) {
            px[i] = m.x(lon[i]);
            py[i] = m.y(lat[i]);
            current[i] = index.getOrDefault(households.get(i).targetId(), -1);
        }
        return new BalanceProblem(px, py, current, cx, cy, min, max, changePenalty);
    }
}
