package org.gridatlas.data.request.service;

/** The agent's worklists: 我的待办, 今日到期, 已逾期 (amber and red), 待评价. */
public enum Worklist {
    MY_OPEN, DUE_TODAY, OVERDUE, AWAITING_RATING
}
