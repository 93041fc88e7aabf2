-- Column mappings remembered per file layout (issue 8): the household ledger (and people list) import remembers which
-- file column each field came from, keyed by a SHA-256 of the normalised header row, per county, and pre-fills it
-- the next time a file with the same header arrives. A catalogue table: it holds column headings and indexes only
-- (no personal data, no area rows), so it carries no row-level security; the service reads and writes only the
-- current user's county.
CREATE TABLE import_column_mapping (
    county_code   varchar(6)   NOT NULL,
    kind          varchar(16)  NOT NULL CHECK (kind IN ('households', 'people')),
    header_hash   char(64)     NOT NULL,
    headers       text         NOT NULL,
    mapping       jsonb        NOT NULL,
    updated_by    varchar(64)  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    PRIMARY KEY (county_code, kind, header_hash)
);
