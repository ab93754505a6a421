"""The tables planpipe writes: every column with its type and meaning.

This list is the single source for the Parquet schema, the pandas dtypes of
`load_tables` and the schema documentation (docs/schema.md is checked against it).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    """A column: name, Arrow type, pandas dtype and meaning."""

    name: str
    type: pa.DataType
    pandas: str  # pandas dtype given by load_tables
    doc: str


STRING, INT, FLOAT, BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()

TABLES: dict[str, tuple[Column, ...]] = {
    "documents": (
        Column("doc_id", STRING, "string", "stable ID: hash of the article's corpus-relative name"),
        Column("record", STRING, "string", "corpus-relative name: file path, or path#id for JSONL"),
        Column("source", STRING, "string", "URL the record carries, else the record name"),
        Column("title", STRING, "string", "page title (HTML/JSONL metadata, else first line)"),
        Column("published", STRING, "string", "publication date the page gives (YYYY-MM-DD), if any"),
        Column("encoding", STRING, "category", "detected encoding: utf-8, utf-8-sig, gb18030, big5…"),
        Column("script", STRING, "category", "simplified or traditional"),
        Column("chars", INT, "Int64", "length of the original text in characters"),
        Column("n_plans", INT, "Int64", "number of plans found"),
        Column("n_items", INT, "Int64", "number of items found"),
        Column("status", STRING, "category", "ok, empty, no_items or error"),
        Column("error", STRING, "string", "[code] message for errors and warnings, else null"),
        Column("text", STRING, "string", "original text: items' char offsets point into it"),
    ),
    "plans": (
        Column("plan_id", STRING, "string", "stable ID: doc_id-pNN"),
        Column("doc_id", STRING, "string", "the article"),
        Column("ordinal", INT, "Int64", "1-based position in the article"),
        Column("title", STRING, "string", "plan marker line as written (篇1…), empty if none"),
        Column("char_start", INT, "Int64", "start offset in documents.text"),
        Column("char_end", INT, "Int64", "end offset (exclusive) in documents.text"),
        Column("n_items", INT, "Int64", "number of items in the plan"),
        Column("opening_norm", STRING, "string", "the words between its marker line and its first item "
                                                 "(its purpose statement), Simplified, up to 300 characters"),
        Column("title_text", STRING, "string", "the plan's own title, chrome removed (docs/plan-fields.md)"),
        Column("year", INT, "Int64", "the year the plan is for, as it states it; null for 20xx or none"),
        Column("org", STRING, "string", "the organisation as the plan names it"),
        Column("org_kind", STRING, "category", "school, kindergarten, university, hospital, enterprise, "
                                               "government, federation, community, other or unknown"),
        Column("plan_kind", STRING, "category", "work_plan, work_points, activity_plan, notice, "
                                                "summary_plan, report, rules or other"),
        Column("activity", STRING, "category", "what an activity plan or notice is for (sports_day, "
                                               "ball_game, care, womens_day … classify/data/plans.toml); "
                                               "null for other kinds and when nothing says"),
        Column("copy_group", STRING, "string", "plans that are copies of one text share it (set by "
                                               "mining); null for a plan with no copy"),
        Column("canonical", STRING, "string", "plan_id of the copy group's largest member"),
    ),
    "items": (
        Column("item_id", STRING, "string", "stable ID: plan_id-iNNNN"),
        Column("plan_id", STRING, "string", "the plan"),
        Column("doc_id", STRING, "string", "the article"),
        Column("parent_id", STRING, "string", "item_id of the parent item, null at depth 1"),
        Column("depth", INT, "Int64", "1 = the plan's top-level items"),
        Column("ordinal", INT, "Int64", "1-based position in the plan, reading order"),
        Column("marker", STRING, "string", "marker as written: 一、 （二） 3. ① 一是 1月份:"),
        Column("marker_style", STRING, "category", "style id from markers/data/markers.toml"),
        Column("heading", STRING, "string", "first clause of the text (up to 。 : ;)"),
        Column("heading_norm", STRING, "string", "the heading in Simplified, width-folded script: "
                                                 "活動時間 and 活动时间 count together"),
        Column("section", STRING, "category", "the plan section a depth-1 or depth-2 heading names "
                                              "(docs/sections.md: time, place, participants, …), else null"),
        Column("text", STRING, "string", "text as written, without marker and children"),
        Column("text_norm", STRING, "string", "Simplified, width-folded view of text"),
        Column("char_start", INT, "Int64", "start of the marker in documents.text"),
        Column("char_end", INT, "Int64", "end of the item's own text in documents.text"),
    ),
    "labels": (
        Column("item_id", STRING, "string", "the item"),
        Column("category", STRING, "category", "category code (the area of work, guide 2a)"),
        Column("confidence", FLOAT, "Float64", "calibrated probability (model) or rule vote share"),
        Column("method", STRING, "category", "how the category was decided: rule (own words), inherited "
                                             "(a heading above or the plan names the area), model, "
                                             "rule+model (both agree) or fallback"),
        Column("rule", STRING, "string", "id of the taxonomy rule that decided the category, if any"),
        Column("role", STRING, "category", "role code (the part of the plan, guide 2b): substance, "
                                           "logistics, purpose or heading"),
        Column("role_confidence", FLOAT, "Float64", "calibrated probability (model) or rule vote share"),
        Column("role_method", STRING, "category", "rule, model, rule+model or fallback"),
        Column("role_rule", STRING, "string", "id of the taxonomy role rule that decided, if any"),
    ),
    "label_scores": (
        Column("item_id", STRING, "string", "the item"),
        Column("axis", STRING, "category", "category or role"),
        Column("label", STRING, "category", "a label code of that axis"),
        Column("score", FLOAT, "Float64", "probability (model) or share of the rule votes"),
    ),
}


# Corpus-level tables written by the mine stage after all documents are parsed.
MINED_TABLES: dict[str, tuple[Column, ...]] = {
    "templates": (
        Column("template_id", STRING, "string", "stable ID: kind prefix + hash of the pattern / cluster"),
        Column("kind", STRING, "category", "phrase (heading skeleton), exemplar (section line with a "
                                           "typed value), reuse (copied text) or outline"),
        Column("pattern", STRING, "string", "skeleton with <*> and slots, heading：typed value, first "
                                            "reused text, or category sequence (a > b > c; … a > b … "
                                            "for a part)"),
        Column("section", STRING, "category", "exemplar: the section of its heading (items.section)"),
        Column("usable", BOOL, "boolean", "phrase and exemplar: an author could use it as it stands "
                                          "(docs/templates.md); null for reuse and outline"),
        Column("category", STRING, "category", "most common category of the member items"),
        Column("role", STRING, "category", "most common role of the member items: the logistics lines "
                                           "notices share are templates of their own"),
        Column("n_items", INT, "Int64", "member items"),
        Column("n_plans", INT, "Int64", "distinct plans among the members, copies of one plan "
                                        "(plans.copy_group) counted once"),
        Column("n_docs", INT, "Int64", "distinct documents (pages) among the members"),
        Column("example_item_id", STRING, "string", "one member item (the smallest item_id)"),
    ),
    "template_members": (
        Column("template_id", STRING, "string", "the template"),
        Column("item_id", STRING, "string", "a member item"),
        Column("similarity", FLOAT, "Float64", "reuse: Jaccard of 4-gram sets with the first "
                                                "member; phrase and outline: 1.0"),
        Column("example", BOOL, "boolean", "one of the template's examples: up to five members "
                                           "from different plans (copy groups) and pages"),
    ),
    "sections": (
        Column("section", STRING, "category", "a plan section (docs/sections.md)"),
        Column("variant", STRING, "string", "a heading that names it, Simplified (活动时间, 比赛时间 …)"),
        Column("n_plans", INT, "Int64", "distinct plans (one per copy group) with this heading"),
        Column("n_docs", INT, "Int64", "distinct documents (pages) with this heading"),
    ),
    "kind_outlines": (
        Column("plan_kind", STRING, "category", "a kind of plan (plans.plan_kind) with enough plans; "
                                                "null on an activity's rows"),
        Column("activity", STRING, "category", "an activity (plans.activity) with enough plans, over "
                                               "activity plans and notices alike; null on a kind's rows"),
        Column("section", STRING, "category", "a section most such plans have"),
        Column("n_plans", INT, "Int64", "distinct plans of the kind with sections (one per copy group)"),
        Column("share", FLOAT, "Float64", "share of those plans with the section"),
        Column("median_position", FLOAT, "Float64",
               "its median place in a plan's sections, 0 first, 1 last"),
        Column("usual_rank", INT, "Int64", "its place in the kind's usual order"),
    ),
    "outline_gaps": (
        Column("kind", STRING, "category", "kind of organisation (plans.org_kind)"),
        Column("category", STRING, "category", "a category"),
        Column("n_plans", INT, "Int64", "plans of that kind with top-level items"),
        Column("share_missing", FLOAT, "Float64", "share of those plans with no top-level item "
                                                  "of the category"),
    ),
}

ALL_TABLES = {**TABLES, **MINED_TABLES}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table."""
    return pa.schema([pa.field(c.name, c.type) for c in ALL_TABLES[table]])
