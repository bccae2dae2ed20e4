using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;
using NewsTools.Config;

namespace NewsTools.Archive
{
    /// <summary>
    /// The archive's tables, as a list of migrations. PRAGMA user_version holds the last one applied; opening an older file
    /// applies the rest in one transaction each, so a migration either happened or did not.
    /// </summary>
    internal static class ArchiveSchema
    {
        /// <summary>The version this build writes.</summary>
        public static int Current => Migrations.Count;

        /// <summary>Migration n (from 1) brings a version n-1 file to version n. Never edit one that has shipped: add another.</summary>
        public static readonly IReadOnlyList<Action<SqliteConnection, SqliteTransaction, NewsToolsConfig>> Migrations = new Action<SqliteConnection, SqliteTransaction, NewsToolsConfig>[]
        {
            // 1: articles and what was found in them.
            (c, t, config) => Execute(c, t, @"
CREATE TABLE articles (
    row_id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    author TEXT,
    site_name TEXT,
    dateline TEXT,
    agencies TEXT,
    published INTEGER,
    reference_date INTEGER,
    reference_date_source INTEGER NOT NULL,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    is_current INTEGER NOT NULL,
    event_row INTEGER,
    added INTEGER NOT NULL,
    first_seen INTEGER NOT NULL
);
CREATE INDEX ix_articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX ix_articles_hash ON articles(content_hash);
CREATE INDEX ix_articles_added ON articles(added);
CREATE INDEX ix_articles_event ON articles(event_row);
CREATE TABLE events (
    row_id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    created INTEGER NOT NULL
);
CREATE TABLE quotes (
    article_row INTEGER NOT NULL REFERENCES articles(row_id),
    text TEXT NOT NULL, kind INTEGER NOT NULL, speaker TEXT, speaker_mention TEXT, speaker_title TEXT, speaker_type INTEGER NOT NULL,
    cue TEXT, addressee TEXT, attribution INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    speaker_start INTEGER NOT NULL, speaker_end INTEGER NOT NULL, sentence TEXT NOT NULL
);
CREATE INDEX ix_quotes_article ON quotes(article_row);
CREATE INDEX ix_quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE TABLE time_expressions (
    article_row INTEGER NOT NULL REFERENCES articles(row_id),
    text TEXT NOT NULL, type INTEGER NOT NULL, value TEXT, precision INTEGER NOT NULL, date INTEGER, end_date INTEGER,
    start INTEGER NOT NULL, end_offset INTEGER NOT NULL, paragraph INTEGER NOT NULL, is_caption INTEGER NOT NULL, tense INTEGER NOT NULL
);
CREATE INDEX ix_time_article ON time_expressions(article_row);
CREATE TABLE timeline_events (
    article_row INTEGER NOT NULL REFERENCES articles(row_id),
    date INTEGER, end_date INTEGER, value TEXT, type INTEGER NOT NULL, precision INTEGER NOT NULL, expression TEXT NOT NULL,
    event TEXT NOT NULL, verb TEXT, actors TEXT NOT NULL, sources TEXT NOT NULL, is_caption INTEGER NOT NULL, tense INTEGER NOT NULL
);
CREATE INDEX ix_timeline_article ON timeline_events(article_row);
"),

            // 2: the distinctive terms of each article, so a new article finds the stored ones it may share an event with
            // without reading the archive; and the validators of fetched pages, for conditional requests. Articles stored
            // under version 1 get their terms here.
            (c, t, config) =>
            {
                Execute(c, t, @"
CREATE TABLE article_terms (
    term TEXT NOT NULL,
    article_row INTEGER NOT NULL REFERENCES articles(row_id)
);
CREATE INDEX ix_terms_term ON article_terms(term);
CREATE INDEX ix_terms_article ON article_terms(article_row);
CREATE TABLE fetch_validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    final_url TEXT,
    fetched INTEGER NOT NULL
);
");
                ArchiveTerms.Backfill(c, t, config);
            },

            // 3: each article's event signature, so grouping a new article reads its candidates' signatures instead of their texts;
            // and the term index as integer term hashes in one table keyed by (term, article) with no row ids, so an insert
            // touches one B-tree instead of three and a term's articles are read from the key alone. Articles stored under
            // version 2 get both here.
            (c, t, config) =>
            {
                Execute(c, t, @"
CREATE TABLE article_signatures (
    article_row INTEGER PRIMARY KEY REFERENCES articles(row_id),
    signature BLOB NOT NULL,
    terms BLOB NOT NULL
);
CREATE TABLE term_index (
    term INTEGER NOT NULL,
    article_row INTEGER NOT NULL,
    PRIMARY KEY (term, article_row)
) WITHOUT ROWID;
DROP TABLE article_terms;
");
                ArchiveSignatures.Backfill(c, t, config);
            },

            // 4: the language a web page declares, and the offset its published time was given with (the published column
            // holds the clock time at that offset); and the outlet a quote came through ("according to the Post"). Rows stored
            // before keep none of them: no language, a published time in UTC, no outlet.
            (c, t, config) => Execute(c, t, @"
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN published_offset INTEGER;
ALTER TABLE quotes ADD COLUMN via TEXT;
"),

            // 5: the event of each article in a table of its own, keyed by the article's row: grouping a run's articles writes
            // one small row each, where setting a column of the articles rewrote each article's row with its text (all the
            // pages of a large add written to the log and copied into the file a second time). The links made so far move there.
            // The current revisions are indexed by row, so grouping finds the ungrouped ones and counts the grouped ones from
            // that small index and article_events alone, without reading the articles' rows.
            (c, t, config) => Execute(c, t, @"
CREATE INDEX ix_articles_current ON articles(row_id) WHERE is_current = 1;
CREATE TABLE article_events (
    article_row INTEGER PRIMARY KEY REFERENCES articles(row_id),
    event_row INTEGER NOT NULL REFERENCES events(row_id)
);
INSERT INTO article_events(article_row, event_row) SELECT row_id, event_row FROM articles WHERE event_row IS NOT NULL;
CREATE INDEX ix_article_events_event ON article_events(event_row);
DROP INDEX ix_articles_event;
ALTER TABLE articles DROP COLUMN event_row;
"),

            // 6: an article's quotes, time expressions and timeline events are numbered from its own row (ArchiveRows.FirstRow),
            // so each article's rows are one range of each table, found by row number: the three indexes of article rows go,
            // which every row written kept up to date (a fifth of the time an add spent writing rows). Rows stored before are
            // renumbered so, in the order they were written.
            (c, t, config) => Execute(c, t, Renumbered("quotes", @"
    text TEXT NOT NULL, kind INTEGER NOT NULL, speaker TEXT, speaker_mention TEXT, speaker_title TEXT, speaker_type INTEGER NOT NULL,
    cue TEXT, addressee TEXT, attribution INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    speaker_start INTEGER NOT NULL, speaker_end INTEGER NOT NULL, sentence TEXT NOT NULL, via TEXT",
                "text, kind, speaker, speaker_mention, speaker_title, speaker_type, cue, addressee, attribution, paragraph, start, end, speaker_start, speaker_end, sentence, via")
                + "CREATE INDEX ix_quotes_speaker ON quotes(speaker COLLATE NOCASE);\n"
                + Renumbered("time_expressions", @"
    text TEXT NOT NULL, type INTEGER NOT NULL, value TEXT, precision INTEGER NOT NULL, date INTEGER, end_date INTEGER,
    start INTEGER NOT NULL, end_offset INTEGER NOT NULL, paragraph INTEGER NOT NULL, is_caption INTEGER NOT NULL, tense INTEGER NOT NULL",
                "text, type, value, precision, date, end_date, start, end_offset, paragraph, is_caption, tense")
                + Renumbered("timeline_events", @"
    date INTEGER, end_date INTEGER, value TEXT, type INTEGER NOT NULL, precision INTEGER NOT NULL, expression TEXT NOT NULL,
    event TEXT NOT NULL, verb TEXT, actors TEXT NOT NULL, sources TEXT NOT NULL, is_caption INTEGER NOT NULL, tense INTEGER NOT NULL",
                "date, end_date, value, type, precision, expression, event, verb, actors, sources, is_caption, tense")),
        };

        /// <summary>
        /// The SQL that remakes <paramref name="table"/> (rows of an article, with these <paramref name="columns"/>) with a row
        /// number from its article's (ArchiveRows.FirstRow, then one up per row in the order written), copies its rows, and
        /// drops the old table with its indexes.
        /// </summary>
        private static string Renumbered(string table, string columns, string names) => $@"
CREATE TABLE {table}_renumbered (
    row_id INTEGER PRIMARY KEY,
    article_row INTEGER NOT NULL REFERENCES articles(row_id),{columns}
);
INSERT INTO {table}_renumbered(row_id, article_row, {names})
SELECT article_row * {ArchiveRows.RowsPerArticle} + ROW_NUMBER() OVER (PARTITION BY article_row ORDER BY rowid) - 1, article_row, {names}
FROM {table} ORDER BY article_row, rowid;
DROP TABLE {table};
ALTER TABLE {table}_renumbered RENAME TO {table};
";

        internal static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
