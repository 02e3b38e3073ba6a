package io.tqc.report;

import gg.jte.Content;
import java.util.List;

/**
 * Everything report.jte shows: the run's totals, the overview rows in their default order, the
 * filter choices, and the document sections, which are copied from the spool file as the page is
 * written.
 *
 * @param contentSecurityPolicy lets only the report's own style and script run
 */
record ReportPage(String contentSecurityPolicy, String css, String script, int documents,
    int words, int findings, int unreadable, String passMax, String failMin,
    List<OverviewRow> rows, FilterChoices filters, Content sections) {}
