package org.gridatlas.data.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.demo.IdNumbers;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/** Checks one ledger row and turns it into a {@link ParsedHousehold}, or adds problems naming row, field and fix. */
final class RowValidator {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,24}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<LedgerField, Integer> columns;
    private final CoordinateSystem crs;
    private final Map<String, PreparedGeometry> villages;
    private final Set<String> existingCodes;
    private final Scope scope;
    private int shiftedLikeGcj;

    RowValidator(Map<LedgerField, Integer> columns, CoordinateSystem crs, Map<String, PreparedGeometry> villages,
                 Set<String> existingCodes, Scope scope) {
        this.columns = columns;
        this.crs = crs;
        this.villages = villages;
        this.existingCodes = existingCodes;
        this.scope = scope;
    }

    int shiftedLikeGcj() {
        return shiftedLikeGcj;
    }

    ParsedHousehold check(int row, List<String> cells, Set<String> seenCodes, List<ImportProblem> problems) {
        int before = problems.size();
        String code = value(cells, LedgerField.CODE);
        String village = value(cells, LedgerField.VILLAGE);
        for (LedgerField f : LedgerField.values()) {
            if (f.required() && value(cells, f).isEmpty()) {
                problems.add(new ImportProblem(row, f.label(), "必填项为空 / required", "填写" + f.label()));
            }
        }
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(row, LedgerField.CODE.label(), "编码格式不对：" + code, "1–24 位数字或字母"));
        } else if (!code.isEmpty() && !seenCodes.add(code)) {
            problems.add(new ImportProblem(row, LedgerField.CODE.label(), "文件中编码重复：" + code, "每户编码唯一"));
        } else if (existingCodes.contains(code)) {
            problems.add(new ImportProblem(row, LedgerField.CODE.label(), "编码已存在：" + code, "已导入过的住户请勿重复导入"));
        }
        if (!village.isEmpty() && !villages.containsKey(village)) {
            problems.add(new ImportProblem(row, LedgerField.VILLAGE.label(), "未知的村（社区）代码：" + village,
                    "使用 12 位统计用区划代码，且须在您的区域内"));
        } else if (!village.isEmpty() && !scope.canCapture(village)) {
            problems.add(new ImportProblem(row, LedgerField.VILLAGE.label(), "不在您的录入区域内：" + village,
                    "请由该村所在区域的用户导入"));
        }
        String address = value(cells, LedgerField.ADDRESS);
        if (address.length() > 200) {
            problems.add(new ImportProblem(row, LedgerField.ADDRESS.label(), "地址超过 200 字", "缩短地址"));
        }
        String name = value(cells, LedgerField.HEAD_NAME);
        if (name.length() > 40) {
            problems.add(new ImportProblem(row, LedgerField.HEAD_NAME.label(), "姓名超过 40 字", "检查是否串列"));
        }
        String id = value(cells, LedgerField.ID_NUMBER).toUpperCase(java.util.Locale.ROOT);
        if (!id.isEmpty() && !IdNumbers.isValid(id)) {
            problems.add(new ImportProblem(row, LedgerField.ID_NUMBER.label(), "身份证号无效（位数或校验位不对）",
                    "18 位，最后一位为校验码"));
        }
        String phone = value(cells, LedgerField.PHONE).replace(" ", "");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new ImportProblem(row, LedgerField.PHONE.label(), "电话号码格式不对", "11 位手机号或带区号的固定电话"));
        }
        int size = size(row, value(cells, LedgerField.SIZE), problems);
        double[] point = location(row, cells, village, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ParsedHousehold(row, code, village, address, name, id.isEmpty() ? null : id,
                phone.isEmpty() ? null : phone, size, point == null ? null : point[0], point == null ? null : point[1]);
    }

    private int size(int row, String text, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(text.replaceAll("\\.0+$", ""));
            if (n >= 1 && n <= 30) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ImportProblem(row, LedgerField.SIZE.label(), "人口数应为 1–30 的整数：" + text, "填写整数"));
        return 1;
    }

    private double[] location(int row, List<String> cells, String village, List<ImportProblem> problems) {
        String lonText = value(cells, LedgerField.LON);
        String latText = value(cells, LedgerField.LAT);
        if (lonText.isEmpty() && latText.isEmpty()) {
            return null;
        }
        double lon;
        double lat;
        try {
            lon = Double.parseDouble(lonText);
            lat = Double.parseDouble(latText);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(row, "经纬度", "经纬度不是数字：" + lonText + ", " + latText, "十进制度，例如 119.48"));
            return null;
        }
        if (lon == 0 && lat == 0) {
            problems.add(new ImportProblem(row, "经纬度", "坐标为 (0, 0)", "填写真实坐标，或留空"));
            return null;
        }
        if (!ChinaCoordinates.insideChina(lon, lat)) {
            String hint = ChinaCoordinates.insideChina(lat, lon) ? "经度和纬度可能填反了" : "坐标不在中国境内，检查单位和坐标系";
            problems.add(new ImportProblem(row, "经纬度", "坐标不在中国境内：" + lonText + ", " + latText, hint));
            return null;
        }
        double[] wgs = crs.toWgs84(lon, lat);
        PreparedGeometry boundary = villages.get(village);
        if (boundary != null && !boundary.covers(GEOMETRY.createPoint(new Coordinate(wgs[0], wgs[1])))) {
            double[] asGcj = CoordinateSystem.GCJ02.toWgs84(lon, lat);
            boolean gcjFits = crs != CoordinateSystem.GCJ02
                    && boundary.covers(GEOMETRY.createPoint(new Coordinate(asGcj[0], asGcj[1])));
            if (gcjFits) {
                shiftedLikeGcj++;
            }
            problems.add(new ImportProblem(row, "经纬度", "住户不在所填村（社区）范围内：" + village,
                    gcjFits ? "按 GCJ-02（高德/腾讯）换算后落在该村内：请选择坐标系 GCJ-02" : "核对坐标或村代码"));
            return null;
        }
        return wgs;
    }

    private String value(List<String> cells, LedgerField field) {
        Integer c = columns.get(field);
        return c == null || c >= cells.size() || cells.get(c) == null ? "" : cells.get(c).strip();
    }
}
