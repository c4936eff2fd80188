import type { SeedCourse } from "./types";

// Data, AI and business courses for the demo catalog: Northwind Data Academy,
// Cortex AI Collective and Ledgerline Business School.
export const coursesDataAi: SeedCourse[] = [
  // ---------------------------------------------------------------------------
  // Northwind Data Academy
  // ---------------------------------------------------------------------------
  {
    slug: "sql-for-analysts",
    title: "SQL for Analysts: From First Query to Confident Reporting",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["sql", "data-analysis"],
    summary:
      "Learn to query relational databases with SELECT, filters, joins and aggregation so you can answer real business questions without waiting for an engineer.",
    description: `Most business questions — how many customers churned, which region grew fastest, what the average order looks like — already have an answer sitting in a database. This course teaches you to get it yourself.

You will work against a realistic e-commerce schema (customers, orders, order items, payments) and write every query by hand. We focus on the handful of clauses that cover the vast majority of analyst work, and on the mistakes that produce numbers that look right but are not.

- Filtering and sorting a single table, including correct handling of NULL
- INNER vs LEFT joins, and how to spot and fix join fan-out
- GROUP BY, HAVING and the aggregate functions behind every KPI

The course ends with a short project: a monthly revenue and customer report you can adapt to your own data.`,
    level: "beginner",
    language: "en",
    durationMinutes: 240,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Write SELECT queries that filter, sort and limit rows from a single table",
      "Handle NULL values correctly with IS NULL and COALESCE",
      "Combine tables with INNER and LEFT joins and choose the right one for the question",
      "Detect and prevent inflated totals caused by one-to-many joins",
      "Summarise data with GROUP BY, aggregate functions and HAVING",
    ],
    requirements: [
      "Comfort with spreadsheets and basic arithmetic",
      "A browser — exercises run in an online SQL sandbox, no installation needed",
    ],
    modules: [
      {
        title: "Querying a single table",
        lessons: [
          {
            title: "SELECT, FROM and WHERE",
            durationMinutes: 15,
            isPreview: true,
            body: `A SQL query describes *what* you want, not how to fetch it. Three clauses appear in almost every query:

- \`SELECT\` — which columns to return, including calculated ones
- \`FROM\` — which table the rows come from
- \`WHERE\` — which rows to keep

\`\`\`sql
SELECT order_id, customer_id, total_amount
FROM orders
WHERE status = 'shipped'
  AND total_amount >= 100;
\`\`\`

This returns only shipped orders worth 100 or more. Text values go in single quotes; double quotes are reserved for identifiers such as column names in most databases.

Although you write \`SELECT\` first, the database logically evaluates \`FROM\` first, then \`WHERE\`, then \`SELECT\`. That explains a common error: you cannot use a column alias defined in \`SELECT\` inside \`WHERE\`, because at that stage the alias does not exist yet.

Avoid \`SELECT *\` in reports. Listing the columns you need documents what the report depends on, reads less data from wide tables, and keeps your output stable when someone adds a column to the table.`,
          },
          {
            title: "Sorting, limiting and handling NULL",
            durationMinutes: 20,
            body: `\`ORDER BY\` sorts the result. Without it the database may return rows in any order, even if they happen to look sorted today. Add \`DESC\` for descending order and list several columns to break ties:

\`\`\`sql
SELECT customer_id, signup_date, country
FROM customers
ORDER BY country, signup_date DESC
LIMIT 20;
\`\`\`

\`LIMIT\` caps the number of rows (standard SQL spells it \`FETCH FIRST 20 ROWS ONLY\`; SQL Server uses \`TOP 20\`).

**NULL means "unknown"** — not zero and not an empty string — and it behaves unlike any other value:

| Expression | Result |
|---|---|
| \`NULL = NULL\` | NULL, not true |
| \`phone = NULL\` | never matches a row |
| \`phone IS NULL\` | matches rows with no phone |
| \`COALESCE(phone, 'n/a')\` | replaces NULL with 'n/a' |

A classic bug: \`WHERE country <> 'US'\` silently drops rows where \`country\` is NULL, because comparing NULL with anything yields unknown and \`WHERE\` keeps only rows that are true. If you mean "everyone except the US, including unknowns", write \`WHERE country <> 'US' OR country IS NULL\`.`,
          },
        ],
      },
      {
        title: "Combining tables with joins",
        lessons: [
          {
            title: "INNER and LEFT joins",
            durationMinutes: 20,
            body: `Relational databases split data into tables linked by keys. The \`orders\` table stores a \`customer_id\`; the \`customers\` table stores each customer's name once. A join puts them back together.

\`\`\`sql
SELECT c.name, o.order_id, o.total_amount
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.customer_id;
\`\`\`

- **INNER JOIN** keeps only rows that match on both sides, so customers without orders disappear.
- **LEFT JOIN** keeps every row from the left table; where nothing matches, the right-hand columns are NULL.

Use a LEFT JOIN whenever the question is about *all* of something, such as "revenue per customer, including customers who bought nothing". To list customers who have never ordered, filter on that NULL:

\`\`\`sql
SELECT c.customer_id
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id
WHERE o.order_id IS NULL;
\`\`\`

One trap: a condition on the right-hand table in \`WHERE\`, such as \`o.status = 'paid'\`, removes the NULL rows and quietly turns your LEFT JOIN back into an INNER JOIN. Put it in the join condition instead: \`ON o.customer_id = c.customer_id AND o.status = 'paid'\`.`,
          },
          {
            title: "Avoiding join fan-out",
            durationMinutes: 20,
            body: `A join returns one row for every matching pair. When a relationship is one-to-many, rows on the "one" side are repeated, and any sum over them is inflated. This is called fan-out.

Suppose each order has several line items and several payments:

\`\`\`sql
-- Wrong: each item is repeated once per payment
SELECT o.order_id, SUM(i.price) AS items_total
FROM orders o
JOIN order_items i ON i.order_id = o.order_id
JOIN payments p    ON p.order_id = o.order_id
GROUP BY o.order_id;
\`\`\`

An order with 3 items and 2 payments produces 6 rows, so \`items_total\` is doubled.

How to prevent it:

1. **Know the grain** of every table — what exactly one row represents.
2. **Aggregate before joining**: summarise items per order first, then join the one-row-per-order result.
3. **Check row counts**: after a join, compare \`COUNT(*)\` with \`COUNT(DISTINCT o.order_id)\`. If they differ when you expected one row per order, you have fan-out.

\`\`\`sql
WITH items AS (
  SELECT order_id, SUM(price) AS items_total
  FROM order_items
  GROUP BY order_id
)
SELECT o.order_id, items.items_total
FROM orders o
JOIN items ON items.order_id = o.order_id;
\`\`\``,
          },
        ],
      },
      {
        title: "Summarising data",
        lessons: [
          {
            title: "GROUP BY and aggregate functions",
            durationMinutes: 25,
            body: `Aggregate functions collapse many rows into one value: \`COUNT\`, \`SUM\`, \`AVG\`, \`MIN\` and \`MAX\`. \`GROUP BY\` decides which rows are collapsed together.

\`\`\`sql
SELECT country,
       COUNT(*)                    AS orders,
       COUNT(DISTINCT customer_id) AS customers,
       SUM(total_amount)           AS revenue,
       AVG(total_amount)           AS avg_order_value
FROM orders
WHERE order_date >= DATE '2024-01-01'
GROUP BY country
ORDER BY revenue DESC;
\`\`\`

Rules worth memorising:

- Every column in \`SELECT\` must either appear in \`GROUP BY\` or sit inside an aggregate; otherwise the database cannot know which value to show.
- \`COUNT(*)\` counts rows, while \`COUNT(column)\` counts non-NULL values of that column. They differ whenever the column has gaps.
- \`AVG\` ignores NULLs, so it averages only the known values.
- Use \`COUNT(DISTINCT customer_id)\` for "how many customers", since one customer can place many orders.

Grouping by a raw timestamp gives you one group per instant. Truncate it first — \`DATE_TRUNC('month', order_date)\` in PostgreSQL and Snowflake — to get monthly totals. Other databases offer the same function with slightly different syntax.`,
          },
          {
            title: "Filtering groups with HAVING",
            durationMinutes: 15,
            body: `\`WHERE\` filters rows *before* grouping; \`HAVING\` filters groups *after* aggregation. You need \`HAVING\` whenever the condition depends on an aggregate value.

\`\`\`sql
SELECT customer_id,
       COUNT(*)          AS orders,
       SUM(total_amount) AS lifetime_value
FROM orders
WHERE status = 'paid'
GROUP BY customer_id
HAVING COUNT(*) >= 3
ORDER BY lifetime_value DESC;
\`\`\`

Read it in evaluation order: take paid orders (\`WHERE\`), group them per customer, keep customers with three or more orders (\`HAVING\`), then sort.

| Clause | Acts on | Can use aggregates? |
|---|---|---|
| WHERE | individual rows | No |
| HAVING | groups | Yes |

Prefer \`WHERE\` for any condition that does not need an aggregate. Filtering early means the database aggregates fewer rows, and the intent of the query is clearer.

A practical use is finding duplicates. \`GROUP BY email HAVING COUNT(*) > 1\` lists every email address that appears more than once in a table — a quick data-quality check worth running before you trust any customer count built on that table.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 12,
  },
  {
    slug: "from-spreadsheets-to-sql",
    title: "From Spreadsheets to SQL",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["sql", "data-analysis"],
    summary:
      "Translate the spreadsheet skills you already have — filters, IF formulas, VLOOKUP and pivot tables — into SQL queries that scale to millions of rows.",
    description: `If you can build a pivot table, you already think like a SQL user. This short course maps each spreadsheet habit onto its SQL equivalent, so the new syntax feels familiar from the first lesson.

We start with why databases insist on tidy, typed tables, then rebuild four everyday spreadsheet tasks in SQL side by side with the sheet version:

- Filtering rows and writing IF logic with \`WHERE\` and \`CASE\`
- Replacing VLOOKUP and XLOOKUP with joins
- Turning pivot tables into \`GROUP BY\` queries, including pivoted columns

Ideal for finance, operations and marketing staff whose workbooks have outgrown the spreadsheet.`,
    level: "beginner",
    language: "en",
    durationMinutes: 120,
    priceAmount: 2900,
    currency: "GBP",
    outcomes: [
      "Restructure spreadsheet data into tidy tables a database can query",
      "Rewrite filters and IF formulas as WHERE clauses and CASE expressions",
      "Replace VLOOKUP with joins and understand how they differ on duplicates",
      "Rebuild pivot tables with GROUP BY and conditional aggregation",
    ],
    requirements: [
      "Regular use of Excel or Google Sheets, including basic formulas",
    ],
    modules: [
      {
        title: "Thinking in tables",
        lessons: [
          {
            title: "From sheets to relational tables",
            durationMinutes: 15,
            isPreview: true,
            body: `A spreadsheet lets you put anything anywhere: a title in A1, merged header cells, a subtotal row halfway down. A database table is stricter, and that strictness is what makes fast, reliable queries possible.

A query-ready table follows three "tidy data" rules:

1. **Each row is one record** — one order, one employee, one day.
2. **Each column is one variable with one type** — dates only in a date column, numbers only in a number column.
3. **Each table describes one kind of thing** — customers and orders live in separate tables, linked by an id.

A typical sheet that breaks these rules:

| Region | Jan | Feb | Mar |
|---|---|---|---|
| North | 120 | 135 | 150 |

Months are stored as column headers, so adding April means changing the structure. The tidy version is "long":

| region | month | sales |
|---|---|---|
| North | 2024-01 | 120 |
| North | 2024-02 | 135 |

Now "total by month" or "best month per region" are simple queries, and new months are just new rows. Also remove subtotal rows and blank spacer rows before importing: in a table, totals are calculated by queries, never stored next to the data.`,
          },
          {
            title: "Filters and formulas as SQL",
            durationMinutes: 15,
            body: `Two spreadsheet tools have direct SQL equivalents.

**AutoFilter becomes WHERE.** Ticking "North" and "South" in a filter dropdown and setting "Amount greater than 500" is:

\`\`\`sql
SELECT *
FROM sales
WHERE region IN ('North', 'South')
  AND amount > 500;
\`\`\`

Unlike a filter, the condition is written down, so a colleague can see exactly what was excluded.

**IF formulas become CASE expressions.** A helper column such as \`=IF(B2>=1000,"Large",IF(B2>=250,"Medium","Small"))\` becomes:

\`\`\`sql
SELECT order_id,
       amount,
       CASE
         WHEN amount >= 1000 THEN 'Large'
         WHEN amount >= 250  THEN 'Medium'
         ELSE 'Small'
       END AS order_size
FROM sales;
\`\`\`

\`CASE\` checks conditions top to bottom and returns the first match, exactly like nested IFs, but stays readable with five or six branches.

Key difference: a formula is copied down row by row, and one row can accidentally end up with a different formula. In SQL the expression is written once and applied to every row, so that whole class of error disappears.`,
          },
        ],
      },
      {
        title: "Replacing your favourite spreadsheet moves",
        lessons: [
          {
            title: "VLOOKUP becomes a JOIN",
            durationMinutes: 20,
            body: `VLOOKUP fetches a value from another range by matching a key. In SQL this is a join.

Spreadsheet: \`=VLOOKUP(A2, Products!A:C, 3, FALSE)\` to pull the product category into each sales row.

SQL:

\`\`\`sql
SELECT s.order_id, s.product_id, s.amount, p.category
FROM sales s
LEFT JOIN products p ON p.product_id = s.product_id;
\`\`\`

The LEFT JOIN keeps every sales row even when the product is missing, just as VLOOKUP keeps the row and shows \`#N/A\`. In SQL the missing value appears as NULL.

Three important differences:

- **Duplicates in the lookup table.** VLOOKUP silently returns the first match. A join returns *every* match, so a product listed twice doubles those sales rows. Check that the key is unique first.
- **No column numbers.** You name the column (\`p.category\`) instead of counting to "3", so inserting a column cannot break the lookup.
- **Many columns at once.** One join brings in category, brand and cost together; in a sheet you would need three VLOOKUPs.

Quick uniqueness check: \`SELECT product_id, COUNT(*) FROM products GROUP BY product_id HAVING COUNT(*) > 1;\` should return no rows.`,
          },
          {
            title: "Pivot tables become GROUP BY",
            durationMinutes: 20,
            body: `A pivot table groups rows and summarises a value. Choosing "Region" for rows and "Sum of Amount" for values is:

\`\`\`sql
SELECT region, SUM(amount) AS total_amount
FROM sales
GROUP BY region
ORDER BY total_amount DESC;
\`\`\`

To also drag "Quarter" into the pivot's **columns** area, use conditional aggregation — a \`CASE\` inside \`SUM\`:

\`\`\`sql
SELECT region,
       SUM(CASE WHEN quarter = 'Q1' THEN amount ELSE 0 END) AS q1,
       SUM(CASE WHEN quarter = 'Q2' THEN amount ELSE 0 END) AS q2,
       SUM(amount) AS total
FROM sales
GROUP BY region;
\`\`\`

Each \`CASE\` passes through only the rows for one quarter, so each column sums a different slice of the group.

Pivot settings and their SQL equivalents:

| Pivot table | SQL |
|---|---|
| Rows | GROUP BY columns |
| Values: Sum / Count / Average | SUM / COUNT / AVG |
| Filters | WHERE |
| Columns | conditional aggregation |
| Value filter "Top 10" | ORDER BY ... LIMIT 10 |

The query reruns on fresh data every time, so there is no "Refresh" button to forget.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 45,
  },
  {
    slug: "python-for-data-analysis-with-pandas",
    title: "Python for Data Analysis with pandas",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["python", "data-analysis"],
    summary:
      "Load, clean, reshape and summarise messy real-world datasets with pandas, and learn the idioms that keep your analysis correct, fast and easy to rerun.",
    description: `Spreadsheets stall at a few hundred thousand rows and make every step hard to repeat. pandas gives you a scriptable, reproducible alternative that handles millions of rows on a laptop.

This course assumes you can write basic Python and focuses on the parts of pandas analysts use daily. Every lesson works on the same messy dataset — a year of subscription transactions with missing values, mixed date formats and duplicate customers — so you see how cleaning decisions affect the final numbers.

- Selecting and filtering with \`loc\` and boolean masks
- Cleaning missing values, types and dates deliberately rather than by habit
- Grouped summaries with \`groupby().agg()\` and safe merges with validation

You finish with a notebook that turns the raw export into a monthly revenue summary, ready to share.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 360,
    priceAmount: 7900,
    currency: "USD",
    outcomes: [
      "Load CSV and Excel data and inspect its structure, types and gaps",
      "Select and filter rows and columns with loc and boolean masks",
      "Clean missing values, wrong types and inconsistent dates",
      "Summarise data with groupby and named aggregations",
      "Merge DataFrames while guarding against duplicate keys",
    ],
    requirements: [
      "Basic Python: variables, lists, dictionaries and functions",
      "Python 3.10+ with Jupyter, or a free hosted notebook account",
    ],
    modules: [
      {
        title: "DataFrame essentials",
        lessons: [
          {
            title: "Loading and inspecting data",
            durationMinutes: 20,
            isPreview: true,
            body: `A pandas \`DataFrame\` is a table with labelled columns, where each column is a \`Series\` with a single data type. Before any analysis, load the data and look at it from several angles.

\`\`\`python
import pandas as pd

df = pd.read_csv("transactions.csv")

df.shape          # (rows, columns)
df.head()         # first five rows
df.dtypes         # type of each column
df.isna().sum()   # missing values per column
df.describe()     # count, mean, std, min, quartiles, max
\`\`\`

What to look for on a first pass:

- **Numbers stored as text.** If \`amount\` shows dtype \`object\`, some values contain currency symbols or thousands separators.
- **Dates as strings.** Dates should become \`datetime64\`, or you cannot group by month.
- **Suspicious extremes.** A minimum of \`-1\` or a maximum of \`999999\` often marks a placeholder rather than a real value.
- **Unexpected categories.** \`df["country"].value_counts()\` quickly reveals "UK", "U.K." and "United Kingdom" as three separate values.

\`read_csv\` can fix several issues at load time, for example \`parse_dates=["created_at"]\` or \`thousands=","\`. Write down what you find: this inspection becomes your cleaning checklist.`,
          },
          {
            title: "Selecting and filtering with loc",
            durationMinutes: 20,
            body: `pandas offers several ways to select data. Sticking to \`.loc\` keeps code readable and avoids ambiguous behaviour.

\`\`\`python
# Columns
df[["customer_id", "amount"]]

# Rows by condition (a boolean mask)
paid = df.loc[df["status"] == "paid"]

# Rows and columns together
df.loc[df["amount"] > 100, ["customer_id", "amount"]]

# Several conditions: use & and |, and wrap each condition in parentheses
big_uk = df.loc[(df["country"] == "GB") & (df["amount"] >= 500)]

# Membership
df.loc[df["plan"].isin(["pro", "team"])]
\`\`\`

Points that trip people up:

- Use \`&\`, \`|\` and \`~\` rather than \`and\`, \`or\` and \`not\`. The keywords try to turn a whole column into a single True/False and raise an error.
- Parentheses matter, because \`&\` binds more tightly than \`==\`.
- To change values, assign through \`.loc\` on the original frame: \`df.loc[df["amount"] < 0, "amount"] = 0\`. Assigning into a filtered copy triggers the \`SettingWithCopyWarning\`, and the original data may not change.

\`.iloc\` selects by integer position (\`df.iloc[:5]\`) and is mainly useful for quick peeks, not analysis logic.`,
          },
        ],
      },
      {
        title: "Cleaning data",
        lessons: [
          {
            title: "Handling missing values",
            durationMinutes: 20,
            body: `pandas represents missing data as \`NaN\`, \`None\` or \`NaT\` for dates. How you treat it should depend on *why* the value is missing, not on habit.

\`\`\`python
df.isna().sum()                       # how much is missing, per column
df.loc[df["discount"].isna()].head()  # look at the affected rows
\`\`\`

Common strategies:

| Situation | Action |
|---|---|
| Missing means "none" (no discount) | \`df["discount"] = df["discount"].fillna(0)\` |
| A required field is missing (no order id) | drop the row: \`df.dropna(subset=["order_id"])\` |
| A measurement is missing at random | fill with median, or leave as NaN |
| The gap itself is informative | keep a flag column: \`df["no_phone"] = df["phone"].isna()\` |

Be careful with blanket fixes. \`df.dropna()\` with no arguments drops any row with *any* missing value and can quietly remove a large share of your data. \`fillna(0)\` on a column like \`age\` invents people aged zero and drags the average down.

Also remember that aggregations skip NaN by default: \`df["rating"].mean()\` averages only rated orders. That is usually what you want, but state it in your report ("average rating among rated orders") so readers are not misled.`,
          },
          {
            title: "Fixing types and dates",
            durationMinutes: 20,
            body: `Wrong data types are the most common reason a pandas calculation fails or, worse, gives a silently wrong result. Text that looks like numbers is summed by concatenation, and dates stored as strings sort alphabetically.

**Numbers stored as text:**

\`\`\`python
df["amount"] = (
    df["amount"]
    .str.replace("£", "", regex=False)
    .str.replace(",", "", regex=False)
)
df["amount"] = pd.to_numeric(df["amount"], errors="coerce")
\`\`\`

\`errors="coerce"\` turns unparseable values into NaN instead of raising an error. Count the new NaNs afterwards so you know how many rows failed.

**Dates:**

\`\`\`python
df["created_at"] = pd.to_datetime(df["created_at"], format="%Y-%m-%d", errors="coerce")
df["month"] = df["created_at"].dt.to_period("M")
\`\`\`

Always pass an explicit \`format\` when you know it. Without one, an ambiguous value like "03/04/2024" may be read as 4 March or 3 April depending on inference.

**Categories:** normalise text before grouping — \`df["country"].str.strip().str.upper()\` — and map known variants with \`.replace({"U.K.": "UK"})\`. Finally, check \`df.dtypes\` again to confirm each column has the type you intended.`,
          },
        ],
      },
      {
        title: "Analysis patterns",
        lessons: [
          {
            title: "Summaries with groupby and agg",
            durationMinutes: 25,
            body: `\`groupby\` follows a split–apply–combine pattern: split rows into groups, apply a calculation to each group, and combine the results into a new table.

\`\`\`python
summary = (
    df.groupby("month")
      .agg(
          orders=("order_id", "count"),
          customers=("customer_id", "nunique"),
          revenue=("amount", "sum"),
          avg_order=("amount", "mean"),
      )
      .reset_index()
)
\`\`\`

Named aggregations (\`new_name=(column, function)\`) give clean, flat column names, which matters when the result feeds a chart or a CSV.

Useful variations:

- Group by several keys: \`df.groupby(["month", "plan"])\`
- Share of total: \`summary["revenue_share"] = summary["revenue"] / summary["revenue"].sum()\`
- Per-row group values with \`transform\`: \`df["customer_total"] = df.groupby("customer_id")["amount"].transform("sum")\` keeps the original rows and adds each customer's total next to them
- Wide layout for reports: \`df.pivot_table(index="month", columns="plan", values="amount", aggfunc="sum")\`

Note that \`count\` ignores NaN while \`size\` counts all rows. Choose deliberately and check one group by hand before trusting the whole table.`,
          },
          {
            title: "Merging DataFrames safely",
            durationMinutes: 20,
            body: `\`pd.merge\` joins two DataFrames on key columns, like a SQL join.

\`\`\`python
orders_with_plan = orders.merge(
    customers[["customer_id", "plan", "country"]],
    on="customer_id",
    how="left",
    validate="many_to_one",
    indicator=True,
)
orders_with_plan["_merge"].value_counts()
\`\`\`

Two arguments make merges safe:

- **\`validate\`** asserts the expected relationship. \`"many_to_one"\` means many orders per customer but at most one row per customer in \`customers\`. If a customer appears twice, pandas raises \`MergeError\` instead of silently duplicating order rows and inflating revenue.
- **\`indicator=True\`** adds a \`_merge\` column showing \`both\`, \`left_only\` or \`right_only\`. Any \`left_only\` rows are orders whose customer could not be found — worth investigating before you report.

Choosing \`how\`:

| how | Keeps |
|---|---|
| \`inner\` | only matching keys |
| \`left\` | all rows of the left frame |
| \`outer\` | all rows from both frames |

A quick sanity check after any left merge: \`len(orders_with_plan) == len(orders)\`. If the row count grew, a key was duplicated on the right-hand side.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 88,
  },
  {
    slug: "dashboard-design-for-analysts",
    title: "Dashboard Design That Gets Used",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["data-visualization", "data-analysis"],
    summary:
      "Choose the right chart for each question, keep scales honest, and lay out dashboards with clear hierarchy and purposeful colour so people act on them.",
    description: `Many dashboards are opened once and never again. Usually the data is fine; the design makes the reader work too hard to find the answer.

This course is tool-agnostic: the principles apply equally to Power BI, Tableau, Looker Studio or a Python notebook. You will critique real before-and-after examples and redesign a cluttered sales dashboard step by step.

- Matching chart types to the question being asked
- Axes, baselines and scales that do not mislead
- Layout, visual hierarchy and colour that guide the eye to what matters

By the end you will have a checklist you can apply to any dashboard review.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 150,
    priceAmount: 4900,
    currency: "EUR",
    outcomes: [
      "Pick a chart type based on comparison, trend, distribution or composition questions",
      "Spot and fix misleading axes, truncated baselines and dual-axis charts",
      "Arrange a dashboard so the most important number is read first",
      "Use colour to highlight, not decorate, and keep charts accessible",
    ],
    requirements: [
      "Experience building at least a few charts in any BI tool or spreadsheet",
    ],
    modules: [
      {
        title: "Choosing the right chart",
        lessons: [
          {
            title: "Matching the chart to the question",
            durationMinutes: 15,
            isPreview: true,
            body: `Choose a chart by the question it must answer, not by what looks impressive. Most business questions fall into a few families:

| Question | Good default |
|---|---|
| How do categories compare? | Horizontal bar chart, sorted |
| How has it changed over time? | Line chart |
| How are values distributed? | Histogram or box plot |
| How do two measures relate? | Scatter plot |
| What share does each part have? | Stacked bar, or a pie with at most 3–4 slices |
| What is the single headline figure? | A big number with comparison |

Example: "Which sales region grew most this quarter?" is a comparison, so a sorted bar chart of growth by region answers it at a glance. A pie chart of revenue by region does not: it shows share, not growth, and people judge angles far less accurately than lengths.

Two habits make bar charts much more readable:

- **Sort bars by value** unless the categories have a natural order, such as age bands or months.
- **Go horizontal** when labels are long, so text does not need to be rotated.

When a chart needs a paragraph of explanation, it is usually the wrong chart type for the question.`,
          },
          {
            title: "Axes, baselines and honest scales",
            durationMinutes: 20,
            body: `A chart can be technically accurate and still mislead through its scales. Four rules prevent most problems.

1. **Bar charts start at zero.** A bar's length encodes its value. Starting the axis at 90 makes 95 look several times bigger than 92. Line charts may use a non-zero baseline, because they encode change through slope rather than length.
2. **Avoid dual y-axes.** Two measures on independent scales can be made to look correlated or diverging simply by rescaling one axis. Use two aligned charts, or index both series to 100 at the start date.
3. **Keep time intervals even.** Plotting 2019, 2020 and then only 2024 on an evenly spaced axis distorts the trend. Show gaps honestly.
4. **Label units and periods.** "Revenue" is ambiguous; "Revenue, £k, monthly" is not.

For metrics spanning several orders of magnitude — for example city populations — a logarithmic scale can be right, but say so clearly in the axis title.

Quick self-check before publishing: cover the numbers and ask whether the visual impression still matches the real difference. If a 3% change *looks* like a doubling, fix the scale rather than adding a footnote.`,
          },
        ],
      },
      {
        title: "Designing the dashboard",
        lessons: [
          {
            title: "Layout and visual hierarchy",
            durationMinutes: 20,
            body: `Readers scan a screen from the top left, roughly in a Z or F pattern. Put the information that matters most where the eye lands first.

A layout that works for most operational dashboards:

1. **Top row — headline KPIs.** Three to five big numbers, each with a comparison: "Revenue £412k, +8% vs last month". A number without context cannot be judged as good or bad.
2. **Middle — trends.** Line charts showing how those KPIs move over time.
3. **Bottom — breakdowns and detail.** Bars by region or product, then a table for people who need row-level data.

Principles behind it:

- **One dashboard, one audience, one purpose.** An executive summary and a daily operations monitor should be separate pages.
- **Fewer charts.** Six well-chosen visuals beat fifteen. Every extra chart competes for attention.
- **Align to a grid** and keep consistent sizes; misaligned tiles look untrustworthy even when the data is right.
- **Filters go in one place**, usually at the top, and the current selection should always be visible.

Test the design with the "five-second rule": show it to a colleague for five seconds and ask what the main message was. If they cannot say, simplify the hierarchy.`,
          },
          {
            title: "Colour with purpose",
            durationMinutes: 15,
            body: `Colour is the strongest attention signal on a dashboard, so use it sparingly and consistently.

**Use grey by default and colour to highlight.** If a bar chart compares twelve products and the question is about one of them, make eleven bars grey and the one of interest a strong colour. The answer becomes obvious instantly.

Match the palette to the data type:

| Data | Palette | Example |
|---|---|---|
| Categories | Distinct hues, at most 6–8 | product lines |
| Ordered values | One hue, light to dark | sales volume by region on a map |
| Values around a midpoint | Two hues diverging from neutral | growth vs target |

Keep meanings stable: if "Enterprise" is blue on one chart, it should be blue on every chart. Reserve red and green for meaning — bad and good — and never use them only as decoration.

Accessibility matters: around 8% of men have some form of colour vision deficiency, most often red–green. Do not rely on colour alone. Add direct labels, icons or arrows such as "▲ 8%", and check text contrast; WCAG recommends at least 4.5:1 for normal text. Free simulators in most design tools show how your dashboard looks to colour-blind users.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 130,
  },
  {
    slug: "statistics-for-data-analysts",
    title: "Practical Statistics for Data Analysts",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["data-analysis", "python"],
    summary:
      "Build the statistical intuition analysts need daily: describing data, quantifying uncertainty, testing hypotheses and reading A/B test results correctly.",
    description: `Stakeholders rarely ask for a t-test. They ask "did the new checkout work?" or "is this dip real?". This course gives you the statistics to answer those questions honestly, with as little formula-juggling as possible.

Every concept is introduced with a business example and checked with a few lines of Python, so you build intuition rather than memorising tables.

- Choosing between mean and median, and describing spread with percentiles
- Standard errors, confidence intervals and what a p-value does (and does not) say
- Analysing an A/B test end to end, including common traps such as peeking
- Why correlation misleads, illustrated with Simpson's paradox

You will finish able to explain uncertainty to non-technical colleagues in plain language.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 300,
    priceAmount: 4900,
    currency: "USD",
    outcomes: [
      "Choose appropriate summary statistics for skewed and symmetric data",
      "Calculate and interpret standard errors and 95% confidence intervals",
      "Explain p-values and statistical significance without common misreadings",
      "Analyse a two-variant A/B test on conversion rate",
      "Recognise confounding and Simpson's paradox in real reports",
    ],
    requirements: [
      "Comfort with basic algebra and percentages",
      "Beginner Python or willingness to follow short code examples",
    ],
    modules: [
      {
        title: "Describing data",
        lessons: [
          {
            title: "Mean, median and skew",
            durationMinutes: 15,
            isPreview: true,
            body: `The **mean** adds all values and divides by their count. The **median** is the middle value once the data is sorted. On symmetric data they are close; on skewed data they can tell very different stories.

Consider order values in a small shop:

| Orders | Values (£) |
|---|---|
| Nine typical orders | 20, 22, 25, 25, 28, 30, 31, 35, 40 |
| One wholesale order | 2,000 |

The median is £29, which describes a typical customer well. The mean is £225.60, pulled upward by a single large order. Reporting "average order value is £226" would badly mislead anyone planning stock or pricing.

Many business metrics are **right-skewed** — a long tail of large values:

- order values and customer lifetime value
- session durations and page load times
- salaries and house prices

For these, report the median for the "typical" case and the mean when totals matter, since the mean multiplied by the count gives total revenue while the median does not.

\`\`\`python
import pandas as pd
s = pd.Series([20, 22, 25, 25, 28, 30, 31, 35, 40, 2000])
print(s.mean(), s.median())   # 225.6  29.0
\`\`\`

A mean far above the median is a quick signal of right skew.`,
          },
          {
            title: "Spread: standard deviation and percentiles",
            durationMinutes: 20,
            body: `Two teams can share the same average delivery time and still give customers very different experiences. Spread measures how far values typically sit from the centre.

**Standard deviation (SD)** is roughly the typical distance from the mean. For data that is approximately normal, about 68% of values lie within one SD of the mean and about 95% within two. Like the mean, SD is sensitive to outliers.

**Percentiles** are more robust and easier to explain. The 90th percentile (p90) is the value below which 90% of observations fall.

\`\`\`python
import numpy as np
times = np.array([1.8, 2.0, 2.1, 2.3, 2.4, 2.6, 2.9, 3.4, 5.5, 9.0])  # days
np.median(times)             # 2.5
np.percentile(times, 90)     # 5.85
np.percentile(times, [25, 75])  # interquartile range bounds
\`\`\`

Useful summaries:

- **Interquartile range (IQR)** = p75 − p25, the spread of the middle half of the data.
- **p95 / p99** for service levels: "95% of pages load within 1.2 seconds" is a promise users can feel.
- **Min and max** mainly for spotting data errors, not for describing typical behaviour.

A box plot shows median, IQR and outliers in one picture, which makes it ideal for comparing spread across several groups.`,
          },
        ],
      },
      {
        title: "Sampling and uncertainty",
        lessons: [
          {
            title: "Standard error and confidence intervals",
            durationMinutes: 25,
            body: `Almost every number an analyst reports comes from a sample: this month's customers, a survey, a test group. Another sample would give a slightly different number. The **standard error (SE)** measures how much an estimate would vary from sample to sample.

For a mean, SE = SD / √n. Because of the square root, quadrupling the sample size only halves the uncertainty.

A **95% confidence interval** is approximately the estimate ± 1.96 × SE.

Worked example: a survey of 400 customers gives a mean satisfaction score of 52 with SD 20.

- SE = 20 / √400 = 20 / 20 = 1
- 95% CI ≈ 52 ± 1.96 × 1 = **50.0 to 54.0**

For a proportion p, SE = √(p(1 − p) / n). If 30% of 1,000 users clicked, SE ≈ √(0.3 × 0.7 / 1000) ≈ 0.0145, so the 95% CI is about 27.2% to 32.8%.

How to phrase it: "We estimate satisfaction at 52, and values between 50 and 54 are consistent with the data." Strictly, the 95% describes the method: intervals built this way capture the true value in 95% of repeated samples.

Always report the interval alongside the point estimate. "Conversion rose from 4.1% to 4.4%" means little if each number is ±0.5 points.`,
          },
          {
            title: "Hypothesis tests and p-values",
            durationMinutes: 20,
            body: `A hypothesis test asks whether the data is surprising if nothing interesting is happening.

1. State a **null hypothesis (H0)**: "the new email subject line has the same open rate as the old one."
2. Compute a test statistic, such as the difference in open rates divided by its standard error.
3. The **p-value** is the probability of seeing a difference at least this large *if H0 were true*.
4. If p is below a threshold chosen in advance, commonly 0.05, call the result statistically significant.

What a p-value is **not**:

- It is not the probability that H0 is true.
- It is not the probability that the result is a fluke.
- It says nothing about the size or business importance of the effect.

With huge samples, a tiny difference can be "significant" yet worthless; with small samples, an important effect can be missed. So always report the effect size and its confidence interval next to the p-value.

Beware multiple comparisons: test 20 unrelated metrics at the 0.05 level and, on average, one will look significant by pure chance. Pick your primary metric in advance and treat other "wins" as hypotheses for the next test.`,
          },
        ],
      },
      {
        title: "Experiments in practice",
        lessons: [
          {
            title: "Analysing an A/B test",
            durationMinutes: 25,
            body: `In an A/B test, users are randomly assigned to a control (A) or a variant (B). Randomisation is what lets you attribute a difference to the change rather than to who happened to see it.

Example result after a fixed two-week run:

| Group | Visitors | Conversions | Rate |
|---|---|---|---|
| A (control) | 10,000 | 480 | 4.8% |
| B (new checkout) | 10,000 | 560 | 5.6% |

A two-proportion z-test checks whether the 0.8-point difference is larger than chance would explain:

\`\`\`python
from statsmodels.stats.proportion import proportions_ztest

z, p = proportions_ztest(count=[560, 480], nobs=[10000, 10000])
print(round(z, 2), round(p, 3))   # 2.55 0.011
\`\`\`

With p ≈ 0.011, the lift is unlikely to be noise. The relative lift is 0.8 / 4.8 ≈ 17%.

Practices that keep tests trustworthy:

- **Fix the sample size in advance** using a power calculation, and do not stop the test the moment p dips below 0.05. Repeated "peeking" greatly inflates false positives.
- **Run full weeks** so weekday and weekend behaviour are both represented.
- **Check the split**: if you planned 50/50 and got 52/48 on large numbers, investigate the assignment before trusting any result.`,
          },
          {
            title: "Correlation, confounding and Simpson's paradox",
            durationMinutes: 20,
            body: `Correlation measures how closely two variables move together, but a **confounder** — a third factor affecting both — can create or hide a relationship. Ice-cream sales and sunburn correlate because both rise with sunny weather.

Simpson's paradox is the extreme case: a trend that holds in every subgroup reverses when the groups are combined. A famous medical study compared two kidney-stone treatments:

| Stone size | Treatment A | Treatment B |
|---|---|---|
| Small | 93% (81/87) | 87% (234/270) |
| Large | 73% (192/263) | 69% (55/80) |
| **All** | **78%** (273/350) | **83%** (289/350) |

A wins in both groups yet loses overall. Why? A was used mostly for large stones, which are harder to treat. Stone size confounds the comparison.

The same pattern appears in business data:

- A sales channel looks weaker overall because it serves a tougher customer segment.
- Conversion "drops" after a launch because the traffic mix shifted toward new visitors.

Defences:

1. Segment by the obvious drivers — segment, region, device, customer tenure — before drawing conclusions.
2. Ask how units ended up in each group. If it was not random, assume confounding.
3. When a decision matters, run a randomised experiment instead of mining observational data.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 203,
  },
  {
    slug: "data-engineering-fundamentals",
    title: "Data Engineering Fundamentals: Pipelines You Can Trust",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["python", "sql"],
    summary:
      "Design batch data pipelines that load incrementally, rerun safely, check their own data quality and run on a schedule, using Python, SQL and open-source tools.",
    description: `Analysts who can build their own pipelines stop waiting on tickets. Engineers who build reliable pipelines stop getting paged at 3 a.m. This course covers the fundamentals both groups need.

You will build a small but realistic pipeline that pulls orders from an API, lands them in a warehouse and transforms them into reporting tables. Along the way we focus on the properties that make pipelines trustworthy rather than on any single vendor's tool.

- ETL vs ELT and when each makes sense
- Full and incremental loads, watermarks and idempotent writes
- Automated data quality checks that fail loudly
- Scheduling with DAGs, plus columnar storage and partitioning

Examples use Python, PostgreSQL-flavoured SQL and Apache Airflow concepts; the ideas carry over to any orchestrator or cloud warehouse.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 480,
    priceAmount: 12900,
    currency: "USD",
    outcomes: [
      "Explain the trade-offs between ETL and ELT architectures",
      "Implement incremental loads using high-watermark columns",
      "Make pipeline steps idempotent so reruns never duplicate data",
      "Add data quality checks for freshness, volume, uniqueness and nulls",
      "Structure a pipeline as a scheduled DAG with retries and dependencies",
      "Choose partitioning and file formats that keep queries fast and cheap",
    ],
    requirements: [
      "Working knowledge of SQL joins and aggregation",
      "Intermediate Python, including functions and basic error handling",
    ],
    modules: [
      {
        title: "Pipeline building blocks",
        lessons: [
          {
            title: "ETL vs ELT",
            durationMinutes: 20,
            isPreview: true,
            body: `Every data pipeline does three things: **extract** data from sources, **transform** it into a useful shape, and **load** it into a destination. The difference between ETL and ELT is where the transformation happens.

**ETL (extract, transform, load)** transforms data on a separate processing server before loading it. It was the norm when warehouse storage and compute were expensive, so only cleaned, aggregated data was worth storing.

**ELT (extract, load, transform)** loads raw data into the warehouse first and transforms it there with SQL. Cloud warehouses such as BigQuery, Snowflake and Redshift made this practical by separating cheap storage from scalable compute.

| | ETL | ELT |
|---|---|---|
| Transform location | external engine | inside the warehouse |
| Raw data kept? | often not | yes |
| Main language | Python, Spark, GUI tools | mostly SQL |
| Reprocessing history | needs re-extraction | rerun the SQL on stored raw data |

ELT's biggest advantage is that raw data stays available. When business logic changes — say "active customer" is redefined — you rebuild the derived tables from history instead of re-extracting from source systems.

ETL still fits when data must be filtered before storage, for example removing personal data for privacy reasons, or when sources are too large to land raw.`,
          },
          {
            title: "Batch loads: full vs incremental",
            durationMinutes: 25,
            body: `A **full load** copies the whole source table on every run. It is simple and self-healing, because any earlier error is overwritten. It is fine for small tables such as a list of 200 stores.

An **incremental load** copies only new or changed rows. It is essential once tables grow to millions of rows or when a source API limits requests.

The usual technique is a **high watermark**: remember the latest \`updated_at\` value you loaded and fetch rows changed after it.

\`\`\`sql
SELECT *
FROM source.orders
WHERE updated_at > :last_watermark
  AND updated_at <= :run_started_at;
\`\`\`

After a successful load, store \`:run_started_at\` as the new watermark. The upper bound stops rows written *during* the run from being skipped or counted twice.

Things to watch:

- **The watermark column must be reliable.** If some application code updates rows without touching \`updated_at\`, incremental loads silently miss changes.
- **Late-arriving data.** Many teams reload a small overlap, such as the last 2 days, on every run and rely on idempotent writes to absorb duplicates.
- **Hard deletes are invisible** to watermark queries. Use soft-delete flags, change data capture (CDC) from the database log, or a periodic full reconciliation.`,
          },
        ],
      },
      {
        title: "Reliability",
        lessons: [
          {
            title: "Idempotent pipelines",
            durationMinutes: 20,
            body: `A step is **idempotent** if running it once or several times with the same input leaves the destination in the same state. Pipelines fail and get retried constantly, so idempotency is what separates a harmless rerun from duplicated revenue.

Appending with a plain \`INSERT\` is not idempotent: rerun it and every row appears twice. Two common idempotent patterns:

**1. Delete-then-insert a partition** inside one transaction:

\`\`\`sql
BEGIN;
DELETE FROM analytics.daily_orders WHERE order_date = '2024-06-01';
INSERT INTO analytics.daily_orders
SELECT order_date, store_id, COUNT(*), SUM(amount)
FROM staging.orders
WHERE order_date = '2024-06-01'
GROUP BY order_date, store_id;
COMMIT;
\`\`\`

**2. Upsert / MERGE on a unique key:**

\`\`\`sql
INSERT INTO dim_customer (customer_id, email, plan)
SELECT customer_id, email, plan FROM staging.customers
ON CONFLICT (customer_id)
DO UPDATE SET email = EXCLUDED.email, plan = EXCLUDED.plan;
\`\`\`

Design rules that follow:

- Parameterise each run by a logical date, not by "now", so backfilling 1 March produces the same result today as it did on 2 March.
- Give every target table a declared unique key.
- Write to a temporary table and swap it in, so readers never see a half-loaded table.`,
          },
          {
            title: "Data quality checks",
            durationMinutes: 20,
            body: `A pipeline that "succeeds" while loading wrong data is worse than one that fails. Automated checks turn silent data problems into visible failures before anyone builds a report on them.

Four checks catch most real incidents:

| Check | Example rule | Catches |
|---|---|---|
| Freshness | newest \`loaded_at\` is under 26 hours old | a stalled upstream job |
| Volume | today's row count within ±50% of the 7-day average | partial extracts, duplicated loads |
| Uniqueness | \`order_id\` has no duplicates | fan-out joins, double loads |
| Not null / validity | \`amount\` is not null and ≥ 0 | schema changes, parsing bugs |

A check can be as simple as a query that must return zero rows:

\`\`\`sql
-- Fails if any order_id appears more than once
SELECT order_id, COUNT(*)
FROM analytics.orders
GROUP BY order_id
HAVING COUNT(*) > 1;
\`\`\`

Run checks at two points: right after loading raw data, to protect everything downstream, and after transformations, to validate business logic.

Decide what a failure does. Critical checks such as uniqueness should **stop the pipeline** so downstream tables keep yesterday's correct data. Softer checks such as volume anomalies can **warn** in a team channel. Tools like dbt tests, Great Expectations and Soda package these patterns, but the thinking matters more than the tool.`,
          },
        ],
      },
      {
        title: "Orchestration and storage",
        lessons: [
          {
            title: "Scheduling with DAGs",
            durationMinutes: 20,
            body: `Real pipelines have many steps with dependencies: you cannot build the revenue table before orders and refunds are loaded. Orchestrators such as Apache Airflow, Dagster and Prefect model this as a **DAG** — a directed acyclic graph of tasks, where edges mean "runs after" and no cycles are allowed.

A simplified Airflow example:

\`\`\`python
from datetime import datetime
from airflow import DAG
from airflow.operators.python import PythonOperator

with DAG(
    dag_id="orders_daily",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",      # 03:00 every day
    catchup=False,
    default_args={"retries": 2},
) as dag:
    extract = PythonOperator(task_id="extract_orders", python_callable=extract_orders)
    load = PythonOperator(task_id="load_orders", python_callable=load_orders)
    check = PythonOperator(task_id="check_orders", python_callable=check_orders)

    extract >> load >> check
\`\`\`

What an orchestrator gives you beyond cron:

- **Dependencies**: downstream tasks wait for upstream success.
- **Retries** with delays for flaky networks and APIs.
- **Backfills**: rerun a date range by logical date, which only works safely if tasks are idempotent.
- **Visibility**: run history, logs and alerts in one place.

Keep tasks small and focused; a failed "load" task is far easier to retry than one giant script.`,
          },
          {
            title: "Columnar storage and partitioning",
            durationMinutes: 20,
            body: `How data is laid out on disk decides how fast and how expensive queries are.

**Row-oriented** storage, used by PostgreSQL and MySQL tables, keeps each row together. That is ideal for applications reading or updating one order at a time.

**Column-oriented** storage, used by Parquet files and warehouses such as BigQuery and Snowflake, keeps each column together. Analytical queries touch few columns but many rows — \`SUM(amount)\` over a year of orders — so reading only the needed columns saves a great deal of I/O. Similar values stored together also compress very well.

**Partitioning** splits a table by a column, usually a date, so queries can skip irrelevant data entirely:

\`\`\`sql
-- BigQuery example
CREATE TABLE analytics.events (
  event_id STRING,
  user_id STRING,
  event_time TIMESTAMP
)
PARTITION BY DATE(event_time);
\`\`\`

A query filtered on \`event_time\` for one week then scans seven daily partitions instead of the whole table, and on-demand pricing is based on bytes scanned.

Guidelines:

- Partition on the column most queries filter by, typically event or load date.
- Avoid partitions that are too small, such as per user; many tiny files slow everything down.
- Add clustering or sort keys, such as \`user_id\`, for the next most common filter.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 267,
  },
  {
    slug: "analytics-engineering-with-dbt",
    title: "Analytics Engineering with dbt and the Modern Data Warehouse",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["sql", "data-analysis"],
    summary:
      "Structure warehouse transformations as tested, documented dbt models, apply dimensional modelling, and scale large tables with incremental materialisations.",
    description: `Once a team has more than a handful of SQL reports, copy-pasted logic starts to disagree with itself: three dashboards, three definitions of "active customer". Analytics engineering applies software practices — version control, modularity, testing — to warehouse SQL.

This advanced course uses dbt Core against a cloud warehouse. You will refactor a tangle of legacy reporting queries into a layered project with clear ownership of every business definition.

- Layering models into staging, intermediate and mart folders
- Dimensional modelling with fact and dimension tables
- Generic and singular tests, documentation and lineage
- Incremental models for tables too large to rebuild every run

Expect to write a lot of SQL and some Jinja. Bring a real reporting problem from work if you have one.`,
    level: "advanced",
    language: "en",
    durationMinutes: 420,
    priceAmount: 19900,
    currency: "USD",
    outcomes: [
      "Organise a dbt project into staging, intermediate and mart layers",
      "Design star schemas with clearly defined fact grain and conformed dimensions",
      "Add generic and singular tests that run on every build",
      "Build incremental models with unique keys and late-data handling",
      "Document models so analysts can trace any metric back to its sources",
    ],
    requirements: [
      "Confident SQL, including CTEs, joins and window functions",
      "Basic Git usage: clone, branch, commit and pull request",
      "Access to a warehouse (a free BigQuery sandbox or DuckDB is enough)",
    ],
    modules: [
      {
        title: "Modelling the warehouse",
        lessons: [
          {
            title: "Staging, intermediate and mart layers",
            durationMinutes: 25,
            isPreview: true,
            body: `A dbt project is a collection of SELECT statements called **models**. Each model builds a table or view, and models reference each other with \`ref()\`, which lets dbt work out the dependency graph and build models in the right order.

A widely used convention splits models into three layers:

| Layer | Purpose | Example |
|---|---|---|
| Staging (\`stg_\`) | one model per source table: rename, cast, light cleaning | \`stg_shop__orders\` |
| Intermediate (\`int_\`) | reusable joins and business logic | \`int_orders_with_refunds\` |
| Marts (\`fct_\`, \`dim_\`) | tables analysts and BI tools query | \`fct_orders\`, \`dim_customers\` |

A staging model stays deliberately simple:

\`\`\`sql
-- models/staging/shop/stg_shop__orders.sql
select
    id                      as order_id,
    customer_id,
    cast(created_at as timestamp) as ordered_at,
    total_cents / 100.0     as amount,
    lower(status)           as status
from {{ source('shop', 'orders') }}
\`\`\`

Rules that keep the layers clean:

- Only staging models read from \`source()\`; everything else uses \`ref()\`.
- No joins in staging — one source table in, one cleaned model out.
- Business definitions such as "net revenue" live in exactly one model, so every dashboard inherits the same number.`,
          },
          {
            title: "Dimensional modelling: facts and dimensions",
            durationMinutes: 25,
            body: `Dimensional modelling, popularised by Ralph Kimball, organises mart tables into **facts** and **dimensions** arranged as a star schema.

- **Fact tables** record business events and hold numeric measures: orders, payments, page views. Each has a declared **grain**, meaning exactly what one row represents, for example "one row per order line".
- **Dimension tables** describe the who, what, where and when: customers, products, stores, dates. They hold the attributes people filter and group by.

\`\`\`
            dim_customers
                  |
dim_products — fct_order_lines — dim_dates
                  |
              dim_stores
\`\`\`

Stating the grain first prevents most modelling mistakes. If \`fct_order_lines\` is one row per order line, then order-level fields such as shipping cost do not belong there: summing them would multiply shipping by the number of lines. Put them in an order-grain fact instead.

Dimensions change over time. When a customer moves from the "SMB" to the "Enterprise" segment, you choose:

| Approach | Behaviour |
|---|---|
| Type 1 | overwrite — history reports the new segment |
| Type 2 | add a new row with \`valid_from\` / \`valid_to\` — history keeps the old segment |

dbt's \`snapshot\` feature implements Type 2 tracking for you. Use it for attributes where "what was true at the time" matters, such as pricing plan or sales territory.`,
          },
        ],
      },
      {
        title: "dbt in production",
        lessons: [
          {
            title: "Tests and documentation in dbt",
            durationMinutes: 25,
            body: `dbt tests are assertions about your data, compiled into queries that return failing rows. A test passes when its query returns nothing.

**Generic tests** are declared in YAML next to the model:

\`\`\`yaml
models:
  - name: fct_orders
    description: "One row per order placed on the web shop."
    columns:
      - name: order_id
        description: "Primary key from the shop database."
        tests:
          - unique
          - not_null
      - name: customer_id
        tests:
          - relationships:
              to: ref('dim_customers')
              field: customer_id
      - name: status
        tests:
          - accepted_values:
              values: ['placed', 'shipped', 'returned']
\`\`\`

**Singular tests** are SQL files in the \`tests/\` folder for one-off business rules, such as "no order has a refund larger than its amount".

Run \`dbt build\` to build and test models in dependency order. If a test fails, models downstream of it are skipped, so bad data does not spread into marts.

The same YAML descriptions feed \`dbt docs generate\`, which produces a browsable site with column definitions and a lineage graph. Write descriptions for every mart model and every column exposed to BI; it is the cheapest way to stop recurring "what does this column mean?" questions.`,
          },
          {
            title: "Incremental models",
            durationMinutes: 25,
            body: `By default dbt rebuilds a table model from scratch on every run. For an events table with billions of rows this becomes slow and expensive. An **incremental model** processes only new data and merges it into the existing table.

\`\`\`sql
{{ config(
    materialized='incremental',
    unique_key='event_id',
    incremental_strategy='merge'
) }}

select event_id, user_id, event_type, occurred_at
from {{ ref('stg_app__events') }}

{% if is_incremental() %}
  where occurred_at > (
    select dateadd(day, -3, max(occurred_at)) from {{ this }}
  )
{% endif %}
\`\`\`

How it works:

- On the first run, or with \`--full-refresh\`, the \`is_incremental()\` block is skipped and the whole table is built.
- On later runs, only rows newer than the current maximum minus a three-day lookback are selected. The lookback catches late-arriving events.
- \`unique_key\` lets the merge strategy update rows that already exist, so the overlap does not create duplicates.

Trade-offs to keep in mind:

- Logic changes do not apply to old rows until you run a full refresh.
- Supported strategies (\`merge\`, \`delete+insert\`, \`insert_overwrite\`) differ by warehouse.
- Keep a uniqueness test on \`event_id\`: incremental bugs usually surface as duplicates.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 341,
  },
  {
    slug: "advanced-sql-window-functions",
    title: "Advanced SQL: Window Functions and Analytical Patterns",
    providerSlug: "northwind-data-academy",
    skillSlugs: ["sql", "data-analysis"],
    summary:
      "Master window functions and CTEs to rank, deduplicate, compute running totals, compare periods and build cohort retention tables in plain SQL.",
    description: `Window functions are the point where SQL stops being a lookup language and becomes an analysis language. They let you compare each row with its neighbours without collapsing the result the way \`GROUP BY\` does.

This free course is for analysts who already write joins and aggregations comfortably. Each lesson solves a question analysts are asked every week:

- "Show each customer's most recent order" — ranking and deduplication
- "What is revenue to date this month?" — running totals and frames
- "How did this week compare to last week?" — \`LAG\` and \`LEAD\`
- "How many of January's signups are still active?" — cohort retention

All examples use standard SQL that runs on PostgreSQL, Snowflake, BigQuery and DuckDB with at most minor changes.`,
    level: "advanced",
    language: "en",
    durationMinutes: 180,
    priceAmount: 0,
    currency: "GBP",
    outcomes: [
      "Use ROW_NUMBER, RANK and DENSE_RANK with PARTITION BY to rank and deduplicate",
      "Compute running totals and moving averages with explicit window frames",
      "Compare periods with LAG and LEAD",
      "Structure multi-step analyses with common table expressions",
      "Build a monthly cohort retention table from raw activity data",
    ],
    requirements: [
      "Comfortable with joins, GROUP BY and subqueries",
    ],
    modules: [
      {
        title: "Window function fundamentals",
        lessons: [
          {
            title: "ROW_NUMBER, RANK and partitions",
            durationMinutes: 20,
            isPreview: true,
            body: `A window function computes a value for each row using a set of related rows — the *window* — while keeping every row in the output. The \`OVER\` clause defines that window.

\`\`\`sql
SELECT customer_id,
       order_id,
       ordered_at,
       ROW_NUMBER() OVER (
         PARTITION BY customer_id
         ORDER BY ordered_at DESC
       ) AS rn
FROM orders;
\`\`\`

\`PARTITION BY\` restarts numbering for each customer; \`ORDER BY\` sets the order inside the partition. Wrap the query and keep \`rn = 1\` to get each customer's latest order — the standard way to deduplicate:

\`\`\`sql
SELECT *
FROM (/* query above */) t
WHERE rn = 1;
\`\`\`

The three ranking functions differ only on ties. For scores 100, 90, 90, 80:

| Function | Result |
|---|---|
| \`ROW_NUMBER()\` | 1, 2, 3, 4 (ties broken arbitrarily) |
| \`RANK()\` | 1, 2, 2, 4 (gap after a tie) |
| \`DENSE_RANK()\` | 1, 2, 2, 3 (no gap) |

Use \`ROW_NUMBER\` when you need exactly one row per group, and add a tie-breaker column such as \`order_id\` to the \`ORDER BY\` so results are repeatable. Use \`DENSE_RANK\` for "top 3 products per category" when tied products should all appear.`,
          },
          {
            title: "Running totals and moving averages",
            durationMinutes: 20,
            body: `Aggregate functions such as \`SUM\` and \`AVG\` become window functions when you add \`OVER\`. With an \`ORDER BY\` inside the window, they accumulate row by row.

\`\`\`sql
SELECT day,
       revenue,
       SUM(revenue) OVER (
         PARTITION BY DATE_TRUNC('month', day)
         ORDER BY day
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS month_to_date,
       AVG(revenue) OVER (
         ORDER BY day
         ROWS BETWEEN 6 PRECEDING AND CURRENT ROW
       ) AS avg_7d
FROM daily_revenue;
\`\`\`

The **frame clause** decides which rows feed each calculation:

- \`ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW\` — everything from the start of the partition: a running total.
- \`ROWS BETWEEN 6 PRECEDING AND CURRENT ROW\` — the current row and six before it: a 7-day moving average.

Always write the frame explicitly. When you give \`ORDER BY\` without a frame, the default is \`RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW\`, which treats rows with equal \`ORDER BY\` values as peers. With duplicate dates, every tied row then receives the same, already-combined total — a subtle source of wrong numbers.

One more caveat: a \`ROWS\` frame counts rows, not days. If some days are missing from \`daily_revenue\`, a "7-row" average spans more than seven days, so fill gaps with a calendar table first.`,
          },
        ],
      },
      {
        title: "Analytical patterns",
        lessons: [
          {
            title: "LAG and LEAD for period-over-period",
            durationMinutes: 20,
            body: `\`LAG(column, n)\` returns the value from *n* rows earlier in the window; \`LEAD\` looks *n* rows ahead. Both default to one row, which makes period-over-period comparisons straightforward.

\`\`\`sql
WITH monthly AS (
  SELECT DATE_TRUNC('month', ordered_at) AS month,
         SUM(amount) AS revenue
  FROM orders
  GROUP BY 1
)
SELECT month,
       revenue,
       LAG(revenue) OVER (ORDER BY month)      AS prev_month,
       revenue - LAG(revenue) OVER (ORDER BY month) AS change,
       ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY month))
             / NULLIF(LAG(revenue) OVER (ORDER BY month), 0), 1) AS pct_change,
       LAG(revenue, 12) OVER (ORDER BY month) AS same_month_last_year
FROM monthly
ORDER BY month;
\`\`\`

Details that matter:

- The first row has no previous value, so \`LAG\` returns NULL. Pass a default as the third argument if appropriate: \`LAG(revenue, 1, 0)\`.
- \`NULLIF(x, 0)\` prevents division-by-zero errors when a previous month had no revenue.
- \`LAG(revenue, 12)\` assumes one row per month with **no gaps**. If a month is missing, you compare against the wrong month. Generate a complete month series and left-join the data to it first.

\`LEAD\` answers forward-looking questions such as "days until the customer's next order": \`LEAD(ordered_at) OVER (PARTITION BY customer_id ORDER BY ordered_at) - ordered_at\`.`,
          },
          {
            title: "Cohort retention with CTEs",
            durationMinutes: 30,
            body: `A **cohort** groups users by when they started, typically their signup month. Retention asks what share of each cohort is still active N months later. Common table expressions (CTEs) make this multi-step query readable: each \`WITH\` block is a named step.

\`\`\`sql
WITH cohorts AS (
  SELECT user_id, DATE_TRUNC('month', MIN(activity_date)) AS cohort_month
  FROM activity
  GROUP BY user_id
),
active_months AS (
  SELECT DISTINCT user_id, DATE_TRUNC('month', activity_date) AS active_month
  FROM activity
),
joined AS (
  SELECT c.cohort_month,
         (EXTRACT(YEAR FROM a.active_month) - EXTRACT(YEAR FROM c.cohort_month)) * 12
         + EXTRACT(MONTH FROM a.active_month) - EXTRACT(MONTH FROM c.cohort_month) AS month_number,
         a.user_id
  FROM cohorts c
  JOIN active_months a ON a.user_id = c.user_id
)
SELECT cohort_month,
       month_number,
       COUNT(DISTINCT user_id) AS active_users,
       ROUND(100.0 * COUNT(DISTINCT user_id)
             / FIRST_VALUE(COUNT(DISTINCT user_id)) OVER (
                 PARTITION BY cohort_month ORDER BY month_number), 1) AS retention_pct
FROM joined
GROUP BY cohort_month, month_number
ORDER BY cohort_month, month_number;
\`\`\`

\`cohorts\` finds each user's first active month, \`active_months\` lists the months each user was active, and \`joined\` computes months since start. Window functions run after \`GROUP BY\`, so \`FIRST_VALUE\` can divide by the month-0 count; month 0 is therefore always 100%. Read the result as a triangle: rows are cohorts, columns are months since signup. If values rise as you read down a column, newer cohorts are retaining better.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 7,
  },

  // ---------------------------------------------------------------------------
  // Cortex AI Collective
  // ---------------------------------------------------------------------------
  {
    slug: "machine-learning-foundations",
    title: "Machine Learning Foundations",
    providerSlug: "cortex-ai-collective",
    skillSlugs: ["machine-learning", "python"],
    summary:
      "Understand how machines learn from data: supervised and unsupervised learning, train/test splits, linear and logistic regression, trees and overfitting.",
    description: `Machine learning is less mysterious than its reputation. At its core, a model is a function whose parameters are tuned so its predictions match examples. This free course builds that intuition before any heavy mathematics.

You will train every model yourself in scikit-learn on small, well-understood datasets — house prices, customer churn, flower measurements — and inspect what it learned rather than treating it as a black box.

- The vocabulary: features, labels, training, inference
- Why we hold out test data, and what overfitting looks like
- Linear and logistic regression, decision trees and random forests

No prior ML experience is required. If you can read a short Python script, you can take this course.`,
    level: "beginner",
    language: "en",
    durationMinutes: 300,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Distinguish supervised, unsupervised and reinforcement learning problems",
      "Split data into training and test sets and explain why it matters",
      "Train and interpret linear and logistic regression models",
      "Recognise overfitting and underfitting from training and test scores",
      "Explain how decision trees and random forests make predictions",
    ],
    requirements: [
      "Basic Python: running scripts, lists and functions",
      "High-school level algebra",
    ],
    modules: [
      {
        title: "What it means for a machine to learn",
        lessons: [
          {
            title: "Supervised vs unsupervised learning",
            durationMinutes: 15,
            isPreview: true,
            body: `Machine learning finds patterns in data instead of following rules a programmer wrote by hand. A spam filter written as rules ("block emails containing 'free money'") breaks as spammers adapt; a learned filter infers the patterns from thousands of labelled emails and can be retrained as they change.

The three main families of problems:

- **Supervised learning** — every training example has a known answer, the *label*. The model learns to map inputs to labels.
  - *Regression* predicts a number: the sale price of a house.
  - *Classification* predicts a category: spam or not spam, churn or stay.
- **Unsupervised learning** — no labels. The model finds structure on its own, for example clustering customers into segments or detecting unusual transactions.
- **Reinforcement learning** — an agent learns by trial and error from rewards, as in game-playing systems or robot control.

| Question | Type |
|---|---|
| How many units will we sell next week? | Supervised, regression |
| Will this customer cancel this month? | Supervised, classification |
| Which customers behave similarly? | Unsupervised, clustering |

Most business applications are supervised, and the hardest part is usually not the algorithm but obtaining enough correctly labelled examples. When you frame a new problem, first ask: "what exactly is the label, and where will it come from?"`,
          },
          {
            title: "Features, labels and the train/test split",
            durationMinutes: 20,
            body: `In supervised learning, each example has **features** (inputs, often written X) and a **label** (the target, y). To predict house prices, features might be floor area, number of bedrooms and postcode; the label is the sale price.

A model that has memorised its training data can look perfect and still fail on new data. To measure real performance, hold out examples the model never sees during training:

\`\`\`python
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

X = df[["area_m2", "bedrooms", "age_years"]]
y = df["price"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=42
)

model = LinearRegression().fit(X_train, y_train)
print(model.score(X_test, y_test))   # R² on unseen data
\`\`\`

Rules for a trustworthy split:

- **Touch the test set once**, at the end. If you tune the model by repeatedly checking test scores, the test set stops being unseen.
- **Split by time when predicting the future.** Train on January–September and test on October–December; a random split lets the model "see the future".
- **Keep related rows together.** If one customer has many rows, put all of them on the same side of the split.

\`random_state\` fixes the shuffle so results are reproducible.`,
          },
        ],
      },
      {
        title: "First models",
        lessons: [
          {
            title: "Linear regression",
            durationMinutes: 20,
            body: `Linear regression predicts a number as a weighted sum of the features plus a constant:

*price = b₀ + b₁ × area + b₂ × bedrooms*

Training chooses the weights (coefficients) that minimise the **mean squared error** — the average squared gap between predictions and true values. Squaring penalises large misses heavily, and the best weights can be computed directly rather than searched for.

\`\`\`python
from sklearn.linear_model import LinearRegression

model = LinearRegression().fit(X_train, y_train)
print(model.intercept_)
print(dict(zip(X_train.columns, model.coef_)))
# e.g. {'area_m2': 3150.0, 'bedrooms': -4200.0, 'age_years': -850.0}
\`\`\`

Reading the coefficients: holding other features fixed, each extra square metre adds about 3,150 to the predicted price. The negative bedrooms coefficient looks odd but is common: at a *fixed* area, more bedrooms means smaller rooms.

Limitations to keep in mind:

- It assumes a straight-line relationship. Curved effects need transformed features, such as the logarithm of price.
- Strongly correlated features, like area and number of rooms, make individual coefficients unstable even when predictions are fine.
- Outliers pull the line toward them because errors are squared.

Evaluate with mean absolute error (MAE) for a figure stakeholders understand: "predictions are off by 18,000 on average".`,
          },
          {
            title: "Logistic regression for classification",
            durationMinutes: 20,
            body: `Despite its name, logistic regression is a **classification** model. It computes a weighted sum of features, like linear regression, then passes it through the **sigmoid function**, which squashes any number into a probability between 0 and 1.

*p(churn) = 1 / (1 + e^−(b₀ + b₁x₁ + b₂x₂ + …))*

\`\`\`python
from sklearn.linear_model import LogisticRegression

clf = LogisticRegression(max_iter=1000)
clf.fit(X_train, y_train)          # y: 1 = churned, 0 = stayed

probs = clf.predict_proba(X_test)[:, 1]   # probability of churn
preds = clf.predict(X_test)               # class, using a 0.5 threshold
\`\`\`

The probability is often more useful than the class. A retention team with budget for 200 calls should phone the 200 customers with the highest churn probability, whatever the threshold.

Interpreting coefficients: a positive coefficient raises the predicted probability as the feature grows. Exponentiating a coefficient gives an **odds ratio** — a value of 1.5 means each unit increase multiplies the odds of churn by 1.5.

Practical notes:

- Scale numeric features, for example with \`StandardScaler\`; regularised solvers behave better and coefficients become comparable.
- scikit-learn applies L2 regularisation by default; the \`C\` parameter controls its strength, where smaller means stronger.
- Logistic regression is fast, well calibrated and explainable, which makes it an excellent baseline before trying anything complex.`,
          },
        ],
      },
      {
        title: "Generalisation and tree models",
        lessons: [
          {
            title: "Overfitting and underfitting",
            durationMinutes: 20,
            body: `The goal of a model is to **generalise**: to perform well on data it has not seen. Two failure modes stand in the way.

- **Underfitting** — the model is too simple to capture the pattern. Training and test errors are both high. Example: a straight line fitted to clearly curved data.
- **Overfitting** — the model is flexible enough to memorise noise in the training data. Training error is low but test error is much higher.

Compare training and test scores to diagnose:

| Train score | Test score | Diagnosis | Try |
|---|---|---|---|
| 0.62 | 0.60 | Underfitting | more features, a more flexible model |
| 0.99 | 0.71 | Overfitting | simpler model, regularisation, more data |
| 0.88 | 0.85 | Healthy | tune carefully, then stop |

\`\`\`python
from sklearn.tree import DecisionTreeRegressor

for depth in [2, 5, 10, None]:
    m = DecisionTreeRegressor(max_depth=depth, random_state=0).fit(X_train, y_train)
    print(depth, round(m.score(X_train, y_train), 2), round(m.score(X_test, y_test), 2))
\`\`\`

As \`max_depth\` grows, training scores climb toward 1.0 while test scores rise, peak and then fall. That peak is the balance point of the **bias–variance trade-off**: simple models are biased, flexible models have high variance. Regularisation, more training data and ensembles all help push the peak higher.`,
          },
          {
            title: "Decision trees and random forests",
            durationMinutes: 25,
            body: `A **decision tree** predicts by asking a sequence of yes/no questions about the features:

\`\`\`
contract = monthly?
├── yes → tenure < 6 months?
│         ├── yes → churn (72%)
│         └── no  → stay (81%)
└── no  → stay (94%)
\`\`\`

During training, the algorithm picks at each step the split that best separates the labels, measured by Gini impurity or entropy for classification. Trees handle numeric and categorical features, need no scaling and are easy to explain — but a single deep tree overfits badly.

A **random forest** fixes this by averaging many trees, each trained on:

- a bootstrap sample of the rows (random draws with replacement), and
- a random subset of features at each split.

Individual trees make different errors, and averaging cancels much of that noise.

\`\`\`python
from sklearn.ensemble import RandomForestClassifier

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=5, random_state=0)
rf.fit(X_train, y_train)
print(rf.score(X_test, y_test))
\`\`\`

Random forests are a strong default for tabular data and work well with little tuning. Their built-in \`feature_importances_\` can be biased toward features with many distinct values, so confirm important drivers with permutation importance on the test set. Gradient-boosted trees such as XGBoost and LightGBM often score higher still, at the cost of more tuning.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 390,
  },
  {
    slug: "model-evaluation-and-validation",
    title: "Model Evaluation and Validation",
    providerSlug: "cortex-ai-collective",
    skillSlugs: ["machine-learning", "python"],
    summary:
      "Choose metrics that match the business problem, set decision thresholds deliberately, validate models with proper cross-validation and hunt down data leakage.",
    description: `A model is only as trustworthy as the way it was evaluated. Impressive offline scores that collapse in production are nearly always an evaluation problem: the wrong metric, a leaky feature or a validation split that did not resemble reality.

This course teaches evaluation as a design activity. Using a credit-default dataset and a fraud dataset with 0.5% positives, you will:

- Read confusion matrices and pick between precision, recall, F1, ROC AUC and PR AUC
- Turn probabilities into decisions with cost-aware thresholds
- Run stratified, grouped and time-series cross-validation correctly
- Find and remove data leakage before it reaches production

You should already be able to train a basic model in scikit-learn.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 210,
    priceAmount: 7900,
    currency: "USD",
    outcomes: [
      "Explain why accuracy misleads on imbalanced data",
      "Compute and interpret precision, recall, F1, ROC AUC and PR AUC",
      "Select a classification threshold from business costs",
      "Apply k-fold, stratified, grouped and time-based cross-validation",
      "Identify target leakage and train/test contamination in a pipeline",
    ],
    requirements: [
      "Completed Machine Learning Foundations or equivalent scikit-learn experience",
      "Comfort with pandas DataFrames",
    ],
    modules: [
      {
        title: "Classification metrics",
        lessons: [
          {
            title: "Precision, recall and the confusion matrix",
            durationMinutes: 20,
            isPreview: true,
            body: `Imagine 10,000 card transactions, of which 50 are fraudulent. A model that predicts "not fraud" for everything is 99.5% accurate — and useless. On imbalanced problems, accuracy hides what matters.

The **confusion matrix** counts the four possible outcomes. Suppose a real model flags 80 transactions:

| | Predicted fraud | Predicted legit |
|---|---|---|
| **Actually fraud** | 40 (true positives) | 10 (false negatives) |
| **Actually legit** | 40 (false positives) | 9,910 (true negatives) |

From it:

- **Precision** = TP / (TP + FP) = 40 / 80 = **50%** — of the transactions we flagged, how many were fraud?
- **Recall** = TP / (TP + FN) = 40 / 50 = **80%** — of all fraud, how much did we catch?
- **F1** = harmonic mean of the two = 2 × 0.5 × 0.8 / 1.3 ≈ **0.62**

Which to prioritise depends on the cost of each error:

- Missing fraud is expensive → favour **recall**.
- Each alert triggers a costly manual review or annoys a customer → favour **precision**.

\`\`\`python
from sklearn.metrics import confusion_matrix, classification_report
print(confusion_matrix(y_test, preds))
print(classification_report(y_test, preds, digits=3))
\`\`\`

Always report the confusion matrix with the summary metrics; the raw counts are what stakeholders can reason about.`,
          },
          {
            title: "ROC AUC, PR curves and thresholds",
            durationMinutes: 25,
            body: `Most classifiers output a score or probability, and a **threshold** turns it into a decision. Precision and recall change with the threshold, so evaluate the score first and pick the threshold second.

**ROC curve**: plots true positive rate (recall) against false positive rate at every threshold. **ROC AUC** is the probability that a randomly chosen positive scores higher than a randomly chosen negative: 0.5 is random ranking, 1.0 is perfect.

**Precision–recall curve**: plots precision against recall. On heavily imbalanced data it is more informative, because the false positive rate stays tiny even when false positives vastly outnumber true positives. The baseline PR AUC equals the positive rate — 0.005 for 0.5% fraud — so a PR AUC of 0.40 is far better than it sounds.

\`\`\`python
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

print(roc_auc_score(y_test, scores))
print(average_precision_score(y_test, scores))   # PR AUC
precision, recall, thresholds = precision_recall_curve(y_test, scores)
\`\`\`

Choose the threshold from costs, not from the default 0.5. If a missed fraud costs £400 and a review costs £5, pick the threshold that minimises total expected cost on validation data:

*cost = 400 × FN + 5 × FP*

Choose it on a validation set, never the test set, and re-check it whenever the fraud rate shifts.`,
          },
        ],
      },
      {
        title: "Validation strategy",
        lessons: [
          {
            title: "Cross-validation done right",
            durationMinutes: 25,
            body: `A single train/test split gives a noisy estimate: a lucky split can add or remove several points of accuracy. **k-fold cross-validation** splits the training data into k folds, trains k times on k − 1 folds and scores on the remaining one, then averages.

\`\`\`python
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(pipe, X, y, cv=cv, scoring="roc_auc")
print(scores.mean(), scores.std())
\`\`\`

Choose the splitter to match reality:

| Data | Splitter | Why |
|---|---|---|
| Imbalanced classes | \`StratifiedKFold\` | each fold keeps the class ratio |
| Several rows per patient or customer | \`GroupKFold\` | one entity never appears in train and validation |
| Time-ordered data | \`TimeSeriesSplit\` | always train on the past, validate on the future |

Put preprocessing **inside a pipeline**, as above. If you fit the scaler on the full dataset before cross-validating, statistics from the validation fold leak into training and inflate scores.

Report the spread, not just the mean: 0.84 ± 0.01 and 0.84 ± 0.06 describe very different levels of confidence. Use cross-validation for model selection and tuning, and keep a final untouched test set for the last check.`,
          },
          {
            title: "Data leakage",
            durationMinutes: 20,
            body: `**Data leakage** happens when information that would not be available at prediction time sneaks into training. It produces excellent offline scores and a model that fails in production.

Two main kinds:

**Target leakage** — a feature is a consequence of the label. Predicting loan default with a feature "number of collection calls" leaks, because collection calls happen *after* a default. Other examples:

- \`account_closed_date\` in a churn model
- a "treatment given" column when predicting diagnosis
- aggregates computed over the whole history, including the future

**Train/test contamination** — the evaluation data influences training:

- scaling, imputation or feature selection fitted before splitting
- duplicate or near-duplicate rows on both sides of the split
- random splits of time-series data

Warning signs:

1. Scores that seem too good — an AUC of 0.99 on a hard business problem.
2. A single feature dominating importance.
3. A large gap between validation scores and early production results.

The best defence is to build every feature **"as of" the prediction time**. Write down when the prediction will be made, then check for each feature: "would this value have been known at that moment?" Point-in-time joins make this rule enforceable in code.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 24,
  },
  {
    slug: "llm-prompting-and-rag",
    title: "LLM Prompting and Retrieval-Augmented Generation",
    providerSlug: "cortex-ai-collective",
    skillSlugs: ["generative-ai", "python"],
    summary:
      "Write reliable prompts, get structured output from large language models, and build and evaluate a retrieval-augmented generation system over your own documents.",
    description: `Large language models are impressive in demos and frustrating in production: they drift from instructions, invent facts and know nothing about your company's documents. This course teaches the engineering that closes that gap.

The first module treats prompts as specifications: clear tasks, examples and machine-readable output. The second and third modules build a retrieval-augmented generation (RAG) assistant over a set of internal policy documents, step by step:

- Embeddings, vector search and chunking strategies
- Assembling context and instructing the model to answer only from it, with citations
- Measuring retrieval quality and answer faithfulness with a test set

Code examples are in Python and provider-agnostic: you can follow along with a hosted API or an open-weights model running locally.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 420,
    priceAmount: 12900,
    currency: "USD",
    outcomes: [
      "Structure prompts with clear roles, tasks, constraints and output formats",
      "Use few-shot examples and JSON schemas to get parseable output",
      "Explain how embeddings and vector similarity search work",
      "Choose chunk sizes and metadata for a document collection",
      "Build a RAG pipeline that cites its sources",
      "Evaluate retrieval and answer quality with a labelled test set",
    ],
    requirements: [
      "Intermediate Python, including working with APIs and JSON",
      "Access to an LLM API key or a machine able to run a small local model",
    ],
    modules: [
      {
        title: "Prompting as specification",
        lessons: [
          {
            title: "Anatomy of a good prompt",
            durationMinutes: 20,
            isPreview: true,
            body: `A language model predicts a plausible continuation of its input. It cannot ask what you meant, so gaps get filled with generic guesses. Good prompts read like a brief to a capable new colleague.

A useful structure:

1. **Context** — who the output is for and why it is needed.
2. **Task** — one clear instruction, using an action verb.
3. **Constraints** — length, tone, what to avoid, what to do when unsure.
4. **Input** — the material to work on, clearly delimited.
5. **Output format** — exactly what the answer should look like.

Weak prompt:

> Summarise this support ticket.

Stronger prompt:

\`\`\`text
You help a support team triage tickets for a payroll app.
Summarise the ticket between <ticket> tags for a team lead
who has 10 seconds to read it.

Rules:
- At most 2 sentences.
- Mention the customer's plan and any deadline.
- If the ticket does not say what the problem is, write "Unclear request".

<ticket>
...
</ticket>
\`\`\`

Why it works: the audience defines the level of detail, delimiters separate instructions from data, and the fallback rule tells the model what to do with bad input instead of letting it improvise. Keep a few test inputs and rerun them after every prompt change.`,
          },
          {
            title: "Few-shot examples and structured output",
            durationMinutes: 20,
            body: `**Few-shot prompting** includes a few worked input–output examples in the prompt. Examples communicate format, tone and edge cases more precisely than descriptions do.

\`\`\`text
Classify the sentiment of each review as positive, negative or mixed.

Review: "Fast delivery, but the box was crushed."
Sentiment: mixed

Review: "Exactly as described. Would buy again."
Sentiment: positive

Review: "{review}"
Sentiment:
\`\`\`

Choose examples that cover the tricky cases, such as "mixed" here, and vary them; three near-identical examples teach the model to copy rather than generalise.

When code consumes the output, ask for **structured output** — usually JSON matching a schema — and validate it:

\`\`\`python
from pydantic import BaseModel, ValidationError
from typing import Literal

class Review(BaseModel):
    sentiment: Literal["positive", "negative", "mixed"]
    mentions_delivery: bool

try:
    result = Review.model_validate_json(llm_output)
except ValidationError:
    result = None   # retry once with the error message, then fall back
\`\`\`

Many APIs offer a JSON or structured-output mode that constrains generation to a schema; use it when available. Even then, validate: a response can match the schema and still contain a wrong value. Keep a fallback path for outputs that fail validation twice.`,
          },
        ],
      },
      {
        title: "Retrieval fundamentals",
        lessons: [
          {
            title: "Embeddings and vector search",
            durationMinutes: 25,
            body: `An **embedding** is a vector of numbers, often hundreds or thousands of dimensions, that represents the meaning of a text. Embedding models are trained so that texts with similar meaning end up close together, even when they share no words: "How do I reset my password?" lands near "I forgot my login credentials".

Closeness is usually measured with **cosine similarity**, the cosine of the angle between two vectors, from −1 to 1. If vectors are normalised to length 1, it equals the dot product.

\`\`\`python
from sentence_transformers import SentenceTransformer
import numpy as np

model = SentenceTransformer("all-MiniLM-L6-v2")
docs = ["Expenses must be submitted within 30 days.",
        "Remote staff may claim a home-office allowance.",
        "Passwords expire every 90 days."]
doc_vecs = model.encode(docs, normalize_embeddings=True)

q = model.encode(["How long do I have to file an expense claim?"],
                 normalize_embeddings=True)
scores = doc_vecs @ q.T
print(docs[int(np.argmax(scores))])
\`\`\`

For thousands of documents this brute-force comparison is fine. For millions, vector databases and libraries such as FAISS, pgvector or Qdrant use **approximate nearest neighbour** indexes like HNSW, trading a little recall for large speed gains.

Embeddings can miss exact identifiers such as product codes, so many systems add keyword search (BM25) in a **hybrid** retriever.`,
          },
          {
            title: "Chunking documents",
            durationMinutes: 20,
            body: `Documents are usually too long to embed or retrieve whole, so they are split into **chunks**. Chunking has a surprisingly large effect on RAG quality: the retriever can only return what a chunk contains.

The trade-off:

- **Too small** (a sentence or two): chunks lose context. "It must be approved by a director" is useless without knowing what "it" is.
- **Too large** (several pages): the embedding blurs many topics, retrieval gets less precise and you spend more of the model's context window per chunk.

Reasonable starting points:

| Setting | Typical value |
|---|---|
| Chunk size | 200–500 tokens |
| Overlap | 10–20% of the chunk size |
| Split boundaries | headings, then paragraphs, then sentences |

Structure-aware splitting beats fixed character counts: split at headings first so each chunk covers one coherent section.

Attach **metadata** to every chunk:

- source document title and URL, for citations
- section heading path, such as "Travel policy > Hotels"
- dates and version, so outdated policies can be filtered out
- access permissions, so users only retrieve what they may read

A common trick: prepend the document title and heading path to each chunk before embedding, giving it context it would otherwise lack.`,
          },
        ],
      },
      {
        title: "Building and evaluating RAG",
        lessons: [
          {
            title: "Assembling a RAG pipeline",
            durationMinutes: 25,
            body: `Retrieval-augmented generation answers a question in three steps: **retrieve** relevant chunks, **augment** the prompt with them, and **generate** an answer grounded in that context. It lets a general model answer from your private, current documents without retraining.

\`\`\`python
def answer(question: str) -> str:
    hits = retriever.search(question, k=5)          # top-5 chunks
    context = "\\n\\n".join(
        f"[{i+1}] {h.title}: {h.text}" for i, h in enumerate(hits)
    )
    prompt = f"""Answer the question using only the sources below.
Cite sources as [1], [2]. If the sources do not contain the answer,
say "I could not find this in the policy documents."

Sources:
{context}

Question: {question}"""
    return llm.generate(prompt)
\`\`\`

Design choices that matter:

- **k, the number of chunks.** Too few and the answer is missed; too many and relevant text is diluted. Start around 4–8 and tune on your test set.
- **Re-ranking.** Retrieve 20–50 candidates cheaply, then reorder them with a cross-encoder re-ranker and keep the best few.
- **An explicit refusal path.** Telling the model what to say when context is insufficient sharply reduces invented answers.
- **Citations.** Numbered sources let users verify claims and let you debug which chunk produced which statement.

RAG reduces hallucination but does not eliminate it. Measure it, as the next lesson shows.`,
          },
          {
            title: "Evaluating RAG answers",
            durationMinutes: 25,
            body: `"It looked good on the ten questions I tried" is not an evaluation. Build a **test set** of 50–200 realistic questions, each with a reference answer and the document sections that contain it. Include questions whose answer is *not* in the corpus, so you can check that the system refuses.

Evaluate the two stages separately:

**Retrieval**

- **Recall@k** — the share of questions where a correct chunk appears in the top k.
- **MRR** (mean reciprocal rank) — how high the first correct chunk ranks on average.

If recall@5 is 60%, no prompt engineering will fix the answers; improve chunking, hybrid search or re-ranking first.

**Generation**

| Metric | Question it answers |
|---|---|
| Faithfulness | Is every claim supported by the retrieved context? |
| Answer correctness | Does it match the reference answer? |
| Refusal accuracy | Does it decline when the answer is absent? |
| Citation accuracy | Do the cited sources actually support the claim? |

Faithfulness and correctness are often scored with an **LLM-as-judge**: a second model grades each answer against a rubric. It scales but has biases, such as favouring longer answers, so check its agreement with human grades on 30–50 answers first.

Rerun the test set after every change to prompts, chunking or models.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 61,
  },
  {
    slug: "responsible-ai-in-practice",
    title: "Responsible AI in Practice",
    providerSlug: "cortex-ai-collective",
    skillSlugs: ["machine-learning", "generative-ai"],
    summary:
      "Learn where bias enters AI systems, how to measure fairness, how to document models with model cards, and what the EU AI Act expects of teams building AI.",
    description: `Responsible AI is often discussed as principles on a poster. This free course turns it into concrete engineering and product practice that anyone involved in building or buying AI systems can apply.

We work through short case studies — a hiring screen, a credit model and a customer-service chatbot — and ask at each step what could go wrong, for whom, and how you would know.

- The main sources of bias, from historical data to label definitions
- Fairness metrics and why they cannot all be satisfied at once
- Model cards and dataset documentation
- A plain-language overview of the EU AI Act's risk-based approach

No coding is required. Data scientists, product managers, designers and compliance staff all take this course.`,
    level: "beginner",
    language: "en",
    durationMinutes: 150,
    priceAmount: 0,
    currency: "EUR",
    outcomes: [
      "Identify historical, representation, measurement and label bias in a dataset",
      "Compare groups using demographic parity and equal opportunity metrics",
      "Write a model card covering intended use, performance and limitations",
      "Classify an AI use case under the EU AI Act's risk tiers",
    ],
    requirements: [
      "No technical background required; familiarity with what a predictive model does helps",
    ],
    modules: [
      {
        title: "Bias and fairness",
        lessons: [
          {
            title: "Where bias enters a model",
            durationMinutes: 15,
            isPreview: true,
            body: `Models learn patterns from data, including unwanted ones. Bias rarely comes from one bad line of code; it enters at several points.

- **Historical bias** — the data accurately reflects an unfair past. In 2018 Reuters reported that Amazon abandoned an experimental CV-screening model that had learned to penalise CVs mentioning women's organisations, because it was trained on a decade of male-dominated hiring.
- **Representation bias** — some groups are under-represented. A skin-condition classifier trained mostly on light skin performs worse on darker skin.
- **Measurement bias** — a feature or label is a poor proxy. Using past healthcare *spending* as a proxy for health *need* under-estimates need for groups who historically had less access to care.
- **Label bias** — human labels carry the labellers' judgements, for example which comments annotators mark as "toxic" in different dialects.
- **Deployment bias** — a model is used outside the context it was built for.

Removing a sensitive attribute such as gender from the features rarely solves the problem. Correlated features — postcode, school, gaps in employment history — can act as **proxies** and reintroduce the same pattern.

For every dataset, ask: who is missing, how were labels produced, and what does the target variable *really* measure?`,
          },
          {
            title: "Measuring fairness",
            durationMinutes: 20,
            body: `To manage fairness you need to measure it, which means comparing model behaviour across groups. Different metrics capture different ideas of "fair".

Example: a loan model evaluated on applicants from two groups.

| Metric | Group A | Group B |
|---|---|---|
| Approval rate (all applicants) | 60% | 42% |
| Approval rate among those who repay (true positive rate) | 85% | 70% |

- **Demographic parity** asks for equal approval rates. Ratio here: 42 / 60 = 0.70. A common rule of thumb from US employment guidance, the "four-fifths rule", flags ratios below 0.8.
- **Equal opportunity** asks for equal true positive rates: qualified applicants should be approved at the same rate. Here there is a 15-point gap.
- **Equalised odds** additionally requires equal false positive rates.

These criteria generally **cannot all hold at once** when the underlying base rates differ between groups — a mathematical result, not a tooling limitation. Choosing a metric is therefore a value judgement that should involve domain experts, legal advice and, where possible, affected people.

Practical steps:

1. Decide which groups and which metric matter *before* evaluating.
2. Report metrics per group with sample sizes; small groups give noisy estimates.
3. Investigate causes of gaps — data, labels, features — before applying technical fixes such as reweighting or group-specific thresholds.`,
          },
        ],
      },
      {
        title: "Accountability and regulation",
        lessons: [
          {
            title: "Model cards and documentation",
            durationMinutes: 15,
            body: `A **model card**, proposed by Mitchell and colleagues in 2019, is a short document that travels with a model and tells others what it is for and how far it can be trusted. Its companion, **datasheets for datasets** (Gebru and colleagues), does the same for data.

A practical model card covers:

- **Intended use** — the decision it supports and the users it is for. Also list out-of-scope uses: "not for assessing individual employee performance".
- **Training data** — sources, time period, known gaps.
- **Evaluation** — metrics on a held-out set, broken down by relevant groups and conditions, with sample sizes.
- **Limitations and risks** — where performance drops and what failures look like.
- **Ethical considerations** — sensitive attributes, potential harms, mitigations applied.
- **Ownership** — who maintains it, version, date and how to report problems.

Example entry:

> *Limitations*: Recall falls from 0.81 to 0.64 for claims submitted in languages other than English, because only 3% of training claims were non-English. Route non-English claims to manual review.

Write the card while building the model, not after launch: drafting "intended use" early exposes scope problems while they are cheap to fix. Keep it in version control next to the model.`,
          },
          {
            title: "The EU AI Act in brief",
            durationMinutes: 20,
            body: `The EU AI Act, which entered into force on 1 August 2024, regulates AI systems according to the **risk** they pose rather than the technology they use. It also applies to non-EU organisations whose AI systems are used in the EU.

The four tiers:

| Tier | Examples | Consequence |
|---|---|---|
| Unacceptable risk | social scoring by public authorities, manipulative techniques that cause significant harm | prohibited |
| High risk | CV screening and hiring, credit scoring, access to education, safety components of products | strict requirements before and after launch |
| Limited risk | chatbots, AI-generated or manipulated content | transparency: people must know they are interacting with AI or seeing generated content |
| Minimal risk | spam filters, product recommendations | no new obligations |

High-risk systems require, among other things, a risk management system, data governance, technical documentation, logging, human oversight, and appropriate accuracy, robustness and cybersecurity.

Obligations are phased in: prohibitions have applied since February 2025 and obligations for general-purpose AI models since August 2025, while most high-risk requirements follow later. Check the official timeline, as dates can change.

A practical first step is an **inventory** of every AI system you build or buy, with its purpose and likely tier. This overview is for orientation only and is not legal advice.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 150,
  },
  {
    slug: "intro-to-deep-learning-with-pytorch",
    title: "Introduction to Deep Learning with PyTorch",
    providerSlug: "cortex-ai-collective",
    skillSlugs: ["machine-learning", "python"],
    summary:
      "Build and train neural networks from scratch in PyTorch: tensors, autograd, training loops, convolutional networks and the regularisation that makes them generalise.",
    description: `Deep learning powers image recognition, speech and language models, but its foundations are compact: layers of simple functions, a loss, and gradient descent. This course builds those foundations in PyTorch, one piece at a time.

You will start with a single neuron written by hand, then move to PyTorch's building blocks and finish by training a convolutional network that classifies clothing images from the Fashion-MNIST dataset.

- What neurons, layers and activation functions do
- How loss functions and gradient descent train a network
- Tensors, autograd and a clean, reusable training loop
- Convolutional networks and regularisation: dropout, weight decay, early stopping

A GPU is helpful but not required; every exercise runs on a laptop CPU in minutes.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 540,
    priceAmount: 12900,
    currency: "EUR",
    outcomes: [
      "Explain how a neural network transforms inputs through layers and activations",
      "Describe how gradient descent and backpropagation update weights",
      "Use PyTorch tensors and autograd to compute gradients",
      "Write a training and validation loop with DataLoaders",
      "Build a small convolutional network for image classification",
      "Reduce overfitting with dropout, weight decay and early stopping",
    ],
    requirements: [
      "Solid Python and NumPy basics",
      "Familiarity with train/test splits and overfitting",
      "Some comfort with derivatives is helpful but not essential",
    ],
    modules: [
      {
        title: "Neural network basics",
        lessons: [
          {
            title: "Neurons, layers and activations",
            durationMinutes: 20,
            isPreview: true,
            body: `An artificial **neuron** computes a weighted sum of its inputs, adds a bias, and applies an **activation function**:

*output = activation(w₁x₁ + w₂x₂ + … + b)*

A **layer** is many neurons reading the same inputs, so it can be written as a matrix multiplication: *h = activation(Wx + b)*. A network stacks layers, each transforming the previous layer's output into a more useful representation.

Why activations matter: without them, stacking layers is pointless, because a chain of linear functions is still one linear function. A non-linear activation lets the network model curves, interactions and, with enough units, approximate a very wide range of functions.

| Activation | Formula | Typical use |
|---|---|---|
| ReLU | max(0, x) | default for hidden layers |
| Sigmoid | 1 / (1 + e^−x) | output for binary probability |
| Softmax | eˣⁱ / Σ eˣʲ | output over several classes |
| Tanh | range −1 to 1 | some recurrent networks |

ReLU became the default because it is cheap and its gradient does not shrink for positive inputs, which helps deep networks train.

In PyTorch, a small classifier for 28×28 images looks like:

\`\`\`python
import torch.nn as nn

model = nn.Sequential(
    nn.Flatten(),             # 28x28 -> 784
    nn.Linear(784, 128),
    nn.ReLU(),
    nn.Linear(128, 10),       # one score per class
)
\`\`\``,
          },
          {
            title: "Loss functions and gradient descent",
            durationMinutes: 25,
            body: `Training needs a single number that says how wrong the network is: the **loss**. The choice depends on the task:

- **Mean squared error** for regression.
- **Cross-entropy** for classification — penalises giving low probability to the correct class. If the model assigns probability 0.9 to the right answer the loss is −ln(0.9) ≈ 0.11; at 0.1 it is −ln(0.1) ≈ 2.30.

**Gradient descent** minimises the loss. The gradient of the loss with respect to the weights points where the loss increases fastest, so each step moves the weights slightly the opposite way:

*w ← w − learning_rate × gradient*

**Backpropagation** computes all those gradients efficiently by applying the chain rule backwards through the layers, reusing intermediate results.

In practice we use **mini-batch** gradient descent: estimate the gradient on a batch of, say, 64 examples rather than the whole dataset. It is much faster, and the noise can even help.

The **learning rate** is the most important setting:

| Learning rate | Symptom |
|---|---|
| Too high | loss jumps around or becomes NaN |
| Too low | loss falls painfully slowly |
| About right | steady decrease that flattens out |

Optimisers such as Adam adapt the step size per weight and are a robust default, typically starting around 0.001.`,
          },
        ],
      },
      {
        title: "Training in PyTorch",
        lessons: [
          {
            title: "Tensors and autograd",
            durationMinutes: 20,
            body: `A **tensor** is PyTorch's n-dimensional array, similar to a NumPy array, with two extra abilities: it can live on a GPU, and it can record the operations applied to it so gradients can be computed automatically.

\`\`\`python
import torch

x = torch.tensor([2.0, 3.0])
w = torch.tensor([0.5, -1.0], requires_grad=True)
b = torch.tensor(0.1, requires_grad=True)

y = (w * x).sum() + b        # 0.5*2 + (-1)*3 + 0.1 = -1.9
loss = (y - 1.0) ** 2        # target is 1.0

loss.backward()              # autograd computes gradients
print(w.grad)                # tensor([-11.6000, -17.4000])
print(b.grad)                # tensor(-5.8000)
\`\`\`

Check by hand: d(loss)/dy = 2 × (−1.9 − 1.0) = −5.8, and dy/dw = x, so w.grad = −5.8 × [2, 3] = [−11.6, −17.4].

Things to know:

- **Shapes** cause most bugs. Print \`tensor.shape\` often; a batch of 64 greyscale 28×28 images has shape \`(64, 1, 28, 28)\`.
- **Devices** must match: move the model and data with \`.to("cuda")\`, or \`.to("mps")\` on Apple silicon, when available.
- **Gradients accumulate** across \`backward()\` calls, so zero them before each step.
- Wrap evaluation code in \`torch.no_grad()\` to skip gradient tracking, saving memory and time.`,
          },
          {
            title: "Writing a training loop",
            durationMinutes: 25,
            body: `PyTorch leaves the training loop to you. That seems verbose at first but makes every step explicit and easy to customise. The core pattern is five lines per batch.

\`\`\`python
import torch
from torch import nn
from torch.utils.data import DataLoader

train_dl = DataLoader(train_ds, batch_size=64, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=256)

loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(10):
    model.train()
    for xb, yb in train_dl:
        opt.zero_grad()                 # 1. clear old gradients
        logits = model(xb)              # 2. forward pass
        loss = loss_fn(logits, yb)      # 3. compute loss
        loss.backward()                 # 4. backpropagate
        opt.step()                      # 5. update weights

    model.eval()
    correct = 0
    with torch.no_grad():
        for xb, yb in val_dl:
            correct += (model(xb).argmax(dim=1) == yb).sum().item()
    print(epoch, correct / len(val_ds))
\`\`\`

Notes:

- \`nn.CrossEntropyLoss\` expects raw scores (logits) and applies softmax internally, so do not add a softmax layer before it.
- \`model.train()\` and \`model.eval()\` switch layers such as dropout and batch normalisation between training and inference behaviour. Forgetting \`eval()\` makes validation scores noisy and pessimistic.
- Shuffle the training data but not the validation data.
- Log training loss *and* validation metrics every epoch; the gap between them tells you when the model starts to overfit.`,
          },
        ],
      },
      {
        title: "Architectures and generalisation",
        lessons: [
          {
            title: "Convolutional networks for images",
            durationMinutes: 25,
            body: `A fully connected layer treats every pixel as an unrelated input, ignoring the fact that nearby pixels belong together. **Convolutional neural networks (CNNs)** exploit that structure.

A **convolutional layer** slides small filters, typically 3×3, across the image. Each filter computes a weighted sum over a local patch, producing a feature map that responds to a pattern such as an edge or a texture. Two properties make this efficient:

- **Local connectivity** — each output depends only on a small neighbourhood.
- **Weight sharing** — the same filter is used at every position, so a 3×3 filter on one input channel has just 9 weights plus a bias, however large the image.

**Pooling**, such as 2×2 max pooling, halves the spatial size and makes features less sensitive to small shifts. Stacking conv and pooling layers builds a hierarchy: edges → textures → parts → objects.

\`\`\`python
import torch.nn as nn

cnn = nn.Sequential(
    nn.Conv2d(1, 32, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(2),                          # 28x28 -> 14x14
    nn.Conv2d(32, 64, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(2),                          # 14x14 -> 7x7
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 10),
)
\`\`\`

On Fashion-MNIST this small network typically reaches around 90% test accuracy or better. For real projects, start from a pretrained network and fine-tune it: transfer learning needs far less data.`,
          },
          {
            title: "Regularisation: dropout, weight decay and early stopping",
            durationMinutes: 20,
            body: `Neural networks have enough parameters to memorise their training data. **Regularisation** techniques push them toward solutions that generalise.

**Dropout** randomly sets a fraction of activations to zero during training, such as 50% with \`nn.Dropout(0.5)\`. The network cannot rely on any single unit, so it learns redundant, more robust features. At evaluation time dropout is switched off by \`model.eval()\`.

**Weight decay** adds a penalty on large weights, nudging them toward zero at every step. Prefer \`AdamW\`, which applies decay correctly with the Adam optimiser:

\`\`\`python
opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-2)
\`\`\`

**Early stopping** monitors validation loss and stops when it has not improved for a set number of epochs, the *patience*, restoring the best weights:

\`\`\`python
best, bad_epochs = float("inf"), 0
for epoch in range(100):
    train_one_epoch()
    val_loss = evaluate()
    if val_loss < best:
        best, bad_epochs = val_loss, 0
        torch.save(model.state_dict(), "best.pt")
    else:
        bad_epochs += 1
        if bad_epochs >= 5:
            break
\`\`\`

**Data augmentation** — random crops, flips and small rotations for images — creates new plausible training examples and is often the most effective regulariser of all.

Apply them one at a time and compare validation curves, so you know which change actually helped.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 298,
  },
  {
    slug: "mlops-deploying-and-monitoring-models",
    title: "MLOps: Deploying and Monitoring Machine Learning Models",
    providerSlug: "cortex-ai-collective",
    skillSlugs: ["machine-learning", "devops"],
    summary:
      "Take models from notebook to production: reproducible training, batch and online serving, drift monitoring, model registries and safe rollout strategies.",
    description: `Industry surveys keep finding that a large share of machine learning models never reach production, and many that do quietly degrade. MLOps is the set of practices that makes models shippable, observable and maintainable.

This advanced course follows one churn model from a data scientist's notebook to a monitored production service. You will decide how it should be served, package it reproducibly, register and promote versions, and detect when the world changes under it.

- Reproducibility: versioned code, data, environment and experiments
- Batch scoring vs online inference, and when each fits
- Data and concept drift, with the Population Stability Index
- Model registries, shadow deployments, canaries and rollback

Examples use MLflow, FastAPI and Docker, but the patterns apply to any platform.`,
    level: "advanced",
    language: "en",
    durationMinutes: 360,
    priceAmount: 19900,
    currency: "GBP",
    outcomes: [
      "Make a training run reproducible from code, data and environment versions",
      "Choose between batch and online serving based on latency and cost needs",
      "Detect data drift with PSI and distinguish it from concept drift",
      "Use a model registry to manage versions and promotions",
      "Roll out new models safely with shadow and canary deployments",
    ],
    requirements: [
      "Experience training models in Python with scikit-learn or similar",
      "Working knowledge of Git, the command line and Docker basics",
    ],
    modules: [
      {
        title: "From notebook to service",
        lessons: [
          {
            title: "Reproducible training",
            durationMinutes: 25,
            isPreview: true,
            body: `A model is reproducible when someone else — or you in six months — can rebuild it and get the same result. Without that, you cannot debug production issues, audit decisions or safely retrain.

A trained model is a function of four inputs, and all four must be versioned:

| Input | How to pin it |
|---|---|
| Code | Git commit hash |
| Data | immutable snapshot or dataset version, such as a dated path or a DVC or lakeFS reference |
| Environment | locked dependencies (\`requirements.lock\`, \`poetry.lock\`) and a container image |
| Configuration | hyperparameters and random seeds in a config file |

**Experiment tracking** ties them together. With MLflow:

\`\`\`python
import mlflow

with mlflow.start_run():
    mlflow.log_params({"model": "lightgbm", "num_leaves": 31, "seed": 42})
    mlflow.set_tag("git_commit", git_sha)
    mlflow.set_tag("data_version", "orders_2024-06-30")
    model.fit(X_train, y_train)
    mlflow.log_metric("val_auc", auc)
    mlflow.sklearn.log_model(model, "model")
\`\`\`

Move training out of notebooks into a script or pipeline step with a single entry point, such as \`python train.py --config configs/churn.yaml\`. Notebooks are excellent for exploration but hide execution order, which is a common reason a "working" model cannot be rebuilt.

Bit-for-bit reproducibility is not always possible — GPU kernels can be non-deterministic — but results should match within a small, known tolerance.`,
          },
          {
            title: "Serving models: batch vs online",
            durationMinutes: 25,
            body: `How predictions reach users shapes the whole architecture. There are two main patterns.

**Batch scoring** runs the model on a schedule and writes predictions to a table:

- Example: every night, score all active customers for churn risk and load the scores into the CRM.
- Simple, cheap and easy to monitor; failures can be retried before anyone notices.
- Predictions are only as fresh as the last run.

**Online inference** exposes the model behind an API and predicts on request:

- Example: fraud scoring during card checkout, with a budget of about 100 ms.
- Needed when inputs only exist at request time or when freshness matters.
- You now run a service with latency, uptime and scaling requirements.

\`\`\`python
from fastapi import FastAPI
from pydantic import BaseModel
import joblib

app = FastAPI()
model = joblib.load("model.joblib")       # load once at startup

class Features(BaseModel):
    tenure_months: int
    monthly_spend: float
    support_tickets_90d: int

@app.post("/predict")
def predict(f: Features):
    p = model.predict_proba([[f.tenure_months, f.monthly_spend, f.support_tickets_90d]])[0, 1]
    return {"churn_probability": round(float(p), 4), "model_version": "2024-07-01"}
\`\`\`

Prefer batch when you can: it is easier in every respect. Whichever you choose, compute features with the **same code** in training and serving. Training–serving skew from duplicated feature logic is one of the most common production bugs.`,
          },
        ],
      },
      {
        title: "Operating models in production",
        lessons: [
          {
            title: "Monitoring drift",
            durationMinutes: 25,
            body: `Production models degrade because the world changes. Two kinds of change matter:

- **Data drift** — the distribution of inputs shifts. A marketing campaign brings in younger customers; a partner changes how a field is encoded.
- **Concept drift** — the relationship between inputs and outcome changes. After a competitor cuts prices, the same usage pattern now predicts higher churn.

Data drift can be measured immediately. Concept drift only shows up once true outcomes, the labels, arrive — often weeks later.

A common data-drift metric is the **Population Stability Index (PSI)**. Bin a feature using the training distribution, then compare the share of production data in each bin:

*PSI = Σ (actual% − expected%) × ln(actual% / expected%)*

| Bin (age) | Training | Last week | Contribution |
|---|---|---|---|
| 18–29 | 20% | 35% | 0.084 |
| 30–49 | 50% | 45% | 0.005 |
| 50+ | 30% | 20% | 0.041 |
| **PSI** | | | **0.130** |

Common rules of thumb: below 0.1 stable, 0.1–0.25 worth investigating, above 0.25 significant shift.

A practical monitoring set:

1. **Data quality** — nulls, out-of-range values, schema changes.
2. **Input drift** — PSI per important feature.
3. **Prediction drift** — the distribution of scores and the share flagged.
4. **Performance** — AUC or error once labels arrive.

Alert on sustained changes, not single noisy days, and route alerts to someone who owns the model.`,
          },
          {
            title: "Model registry and safe rollout",
            durationMinutes: 25,
            body: `A **model registry** is the catalogue of trained model versions and their state. Each entry links the artefact to its training run and records which version is in staging or production. MLflow, SageMaker and Vertex AI all provide one.

With a registry, deploying means promoting a version, and rolling back means re-pointing production to the previous one — no rebuilding under pressure.

Release new models gradually; offline metrics never capture everything:

| Strategy | How it works | What it catches |
|---|---|---|
| Shadow | new model scores live traffic, but its outputs are only logged | crashes, latency, unexpected score distributions |
| Canary | a small share of traffic, such as 5%, uses the new model | real-world errors with limited blast radius |
| A/B test | traffic split randomly, business metrics compared | whether the model actually improves outcomes |

A typical promotion checklist:

1. The candidate beats the current model on the same validation data, per segment too.
2. It passes integration tests: input schema, latency budget, memory.
3. It runs in shadow for several days with no anomalies.
4. A canary shows no degradation in guardrail metrics.
5. The rollback path is tested, not assumed.

Automate the checks but keep a human approval step for high-impact models.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 176,
  },
  {
    slug: "ai-for-product-teams",
    title: "AI for Product Teams",
    providerSlug: "cortex-ai-collective",
    skillSlugs: ["generative-ai", "product-management"],
    summary:
      "Decide where AI genuinely helps your product, frame LLM features with clear success metrics, design for model errors and estimate cost and latency before building.",
    description: `Every roadmap now has an "add AI" item. Far fewer teams can say which user problem it solves, how they will know it works, or what it will cost at scale. This course gives product managers, designers and engineering leads a shared, practical framework.

No coding is required. Each lesson uses real feature patterns — summarisation, drafting, classification, search and assistants — and ends with a worksheet you can apply to your own product.

- What large language models do well and where they reliably fail
- Framing an AI feature: the job, the baseline, the metric and the fallback
- UX patterns that keep users in control when the model is wrong
- Back-of-envelope cost, latency and evaluation planning

You will finish with a one-page brief for an AI feature that your team can review.`,
    level: "beginner",
    language: "en",
    durationMinutes: 120,
    priceAmount: 4900,
    currency: "GBP",
    outcomes: [
      "Match product problems to the strengths and weaknesses of LLMs",
      "Write an AI feature brief with a baseline, success metric and fallback",
      "Apply UX patterns for uncertainty, editing and user feedback",
      "Estimate per-request cost and monthly spend from token usage",
      "Plan an evaluation set before the feature is built",
    ],
    requirements: [
      "Experience working on a software product in any role",
    ],
    modules: [
      {
        title: "Finding good AI use cases",
        lessons: [
          {
            title: "What LLMs are good and bad at",
            durationMinutes: 15,
            isPreview: true,
            body: `Large language models generate text by predicting likely continuations. That makes them strong at some tasks and unreliable at others, in predictable ways.

**Usually strong:**

- Transforming text: summarising, rewriting in another tone, translating, extracting fields from messy documents
- Drafting: first versions of emails, descriptions and replies that a person then edits
- Classifying and routing: tagging support tickets by topic or urgency
- Answering questions over documents you provide in the prompt

**Usually weak without extra engineering:**

- Facts that are not in the prompt: they may produce fluent, confident, wrong answers, often called hallucinations
- Exact calculation and counting over long inputs
- Anything requiring up-to-date knowledge beyond their training data
- Perfect consistency: the same input can produce different outputs

A useful test for a candidate feature:

| Question | Good sign |
|---|---|
| Can a user quickly check the output? | Yes — drafts, summaries of text they can see |
| Is an occasional error cheap? | Yes — a suggested tag the user can change |
| Is there a clear fallback? | Yes — the manual workflow still exists |

"Draft a reply to this ticket for the agent to edit" passes all three. "Automatically approve refund requests" fails the second and needs far more safeguards.`,
          },
          {
            title: "Framing an AI feature",
            durationMinutes: 15,
            body: `Weak AI features start from the technology ("let's add a chatbot"). Strong ones start from a specific job and a measurable improvement. Before any prototype, write a one-page brief answering five questions.

1. **What job, for whom?** "Support agents spend about 6 minutes writing replies to common billing questions."
2. **What is the baseline?** Measure today's time per ticket, error rate and satisfaction; without a baseline you cannot show improvement.
3. **What does success look like?** Pick one primary metric and one or two guardrails:
   - Primary: median handle time for billing tickets falls from 6 to 4 minutes
   - Guardrails: satisfaction score does not fall; reopened-ticket rate does not rise
4. **What happens when the model is wrong?** The agent edits or discards the draft, and nothing reaches the customer unreviewed.
5. **What context does it need?** Ticket text, customer plan and billing history, the refund policy.

Also ask whether AI is needed at all: saved reply templates might deliver most of the value in a week.

Finally, define an **evaluation set** early: 50–100 real, anonymised tickets with good example replies. It becomes the yardstick for comparing prompts and models, and forces agreement on what "good" means.`,
          },
        ],
      },
      {
        title: "Shipping AI features responsibly",
        lessons: [
          {
            title: "Designing for errors",
            durationMinutes: 15,
            body: `Every AI feature will sometimes be wrong, so the design question is not "how do we prevent all errors?" but "how do users notice and recover cheaply?"

Proven patterns:

- **Suggest, don't act.** Show a draft, a pre-filled form or a suggested tag the user confirms. Reserve automatic actions for low-stakes, easily reversible cases.
- **Make output editable in place.** A summary users can tweak beats one they must accept or reject whole.
- **Show sources.** When answering from documents, link the passages used so users can verify claims in one click.
- **Signal uncertainty honestly.** Prefer "I couldn't find this in your documents" over a confident guess. Avoid raw confidence percentages; most users cannot interpret them.
- **Label AI content** so people know when text was generated.
- **Capture feedback**: thumbs up/down, and — more valuable — what users changed in the draft.

Example: a feature that fills in expense reports from receipt photos should highlight extracted fields, flag uncertain ones such as a blurry total, and never submit automatically.

Test failure deliberately: feed the prototype blank documents, off-topic questions and other languages, and watch what users see. The worst outcome is a confident wrong answer that looks exactly like a correct one.`,
          },
          {
            title: "Cost, latency and evaluation",
            durationMinutes: 20,
            body: `LLM features have running costs that scale with usage, so estimate them before committing. Hosted models usually charge per **token** — roughly three-quarters of an English word — with separate prices for input and output tokens.

A back-of-envelope calculation with illustrative prices of $1 per million input tokens and $4 per million output tokens:

| Item | Value |
|---|---|
| Input per request (instructions + ticket + context) | 2,000 tokens → $0.0020 |
| Output per request (draft reply) | 300 tokens → $0.0012 |
| Cost per request | $0.0032 |
| Requests per day | 50,000 |
| Cost per month (30 days) | about $4,800 |

Levers: smaller models for simple tasks, shorter prompts, caching repeated context, calling the model only on request.

**Latency** shapes the UX. Output is generated token by token, so long answers take seconds. Stream text as it arrives, keep outputs short, and prepare slow results in the background.

**Evaluation** is the product team's job too. Before launch, run the evaluation set and agree on a quality bar. After launch, track:

- acceptance rate — drafts used with little editing
- edit distance between draft and sent text
- guardrail metrics such as complaints and escalations

Re-run the evaluation set whenever the prompt or model changes.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 3,
  },

  // ---------------------------------------------------------------------------
  // Ledgerline Business School
  // ---------------------------------------------------------------------------
  {
    slug: "reading-financial-statements",
    title: "Reading Financial Statements for Non-Finance Managers",
    providerSlug: "ledgerline-business-school",
    skillSlugs: ["financial-analysis"],
    summary:
      "Read an income statement, balance sheet and cash flow statement with confidence, calculate the key ratios, and understand why profitable companies can run out of cash.",
    description: `Budgets, board packs and supplier negotiations all assume you can read the three core financial statements. Many managers nod along without really doing so. This free course fixes that in a few focused hours.

We follow a single fictional company, Harbor Coffee Co., through a year of trading, building each statement from its transactions so you see where every number comes from.

- The income statement: from revenue to net income, and the margins in between
- The balance sheet: assets, liabilities, equity and working capital
- The cash flow statement, and how the three statements connect

No accounting background is required. Figures are kept small and round so you can focus on the logic, not the arithmetic.`,
    level: "beginner",
    language: "en",
    durationMinutes: 240,
    priceAmount: 0,
    currency: "USD",
    outcomes: [
      "Read an income statement and calculate gross, operating and net margin",
      "Explain the balance sheet equation and classify common items",
      "Calculate working capital and the cash conversion cycle",
      "Read the three sections of a cash flow statement",
      "Explain why profit and cash differ, with concrete examples",
    ],
    requirements: [
      "Basic arithmetic and percentages; no accounting knowledge needed",
    ],
    modules: [
      {
        title: "The income statement",
        lessons: [
          {
            title: "From revenue to net income",
            durationMinutes: 20,
            isPreview: true,
            body: `The **income statement** (also called the profit and loss statement, or P&L) shows performance over a period such as a quarter or a year. It starts with what the company earned and subtracts costs in layers, so each subtotal answers a different question.

Harbor Coffee Co., year ended 31 December (in $ thousands):

| Line | Amount |
|---|---|
| Revenue | 1,000 |
| Cost of goods sold (beans, milk, cups) | (400) |
| **Gross profit** | **600** |
| Operating expenses (staff 300, rent 80, marketing 70) | (450) |
| **Operating income (EBIT)** | **150** |
| Interest expense | (20) |
| **Profit before tax** | **130** |
| Income tax (20%) | (26) |
| **Net income** | **104** |

Reading it layer by layer:

- **Gross profit** shows whether the product itself makes money before running the business.
- **Operating income** shows whether the business model works, before financing decisions and tax.
- **Net income** is what is left for the owners.

Revenue is recorded when it is *earned*, not when cash arrives. A catering contract delivered in December counts as December revenue even if the customer pays in February. This accrual principle is why net income and cash can differ — a theme we return to at the end of the course.`,
          },
          {
            title: "Margins and what they reveal",
            durationMinutes: 20,
            body: `Absolute profits are hard to compare between companies of different sizes. **Margins** express each profit layer as a percentage of revenue.

For Harbor Coffee Co.:

| Margin | Formula | Result |
|---|---|---|
| Gross margin | gross profit ÷ revenue | 600 ÷ 1,000 = **60%** |
| Operating margin | operating income ÷ revenue | 150 ÷ 1,000 = **15%** |
| Net margin | net income ÷ revenue | 104 ÷ 1,000 = **10.4%** |

What each tells you:

- **Gross margin** reflects pricing power and production cost. A falling gross margin may mean rising bean prices or heavy discounting.
- **Operating margin** adds the efficiency of running the business. If gross margin holds but operating margin falls, overheads are growing faster than sales.
- **Net margin** adds the effect of debt and tax, so it also depends on how the company is financed.

Margins vary enormously by industry: software companies often report gross margins above 70%, while supermarkets operate with low single-digit net margins. Compare a company with its own history and with direct peers, not with businesses in other sectors.

The trend matters most. A net margin of 10% that has fallen from 14% over three years deserves more questions than a steady 8%.`,
          },
        ],
      },
      {
        title: "The balance sheet",
        lessons: [
          {
            title: "Assets, liabilities and equity",
            durationMinutes: 20,
            body: `The **balance sheet** is a snapshot at one moment, such as 31 December. It lists what the company owns and how that was financed, and it always satisfies:

**Assets = Liabilities + Equity**

Harbor Coffee Co. at 31 December ($ thousands):

| Assets | | Liabilities and equity | |
|---|---|---|---|
| Cash | 120 | Accounts payable (suppliers) | 60 |
| Accounts receivable | 40 | Accrued wages | 20 |
| Inventory | 30 | Bank loan | 200 |
| Equipment (net of depreciation) | 310 | **Total liabilities** | **280** |
| | | Share capital | 100 |
| | | Retained earnings | 120 |
| **Total assets** | **500** | **Total liabilities and equity** | **500** |

Key terms:

- **Current** items are expected to turn into cash or be paid within a year (cash, receivables, inventory, payables). **Non-current** items last longer (equipment, long-term loans).
- **Equity** is the owners' claim: money they invested plus profits kept in the business (**retained earnings**). Net income from the income statement flows into retained earnings, minus any dividends.
- **Depreciation** spreads the cost of equipment over its useful life. A $50k espresso machine expected to last five years adds $10k of expense per year and reduces its book value by the same amount.

A useful first ratio is **debt to equity**: 200 ÷ 220 ≈ 0.9. Higher values mean more financial risk if profits fall.`,
          },
          {
            title: "Working capital",
            durationMinutes: 20,
            body: `**Working capital** is the money tied up in day-to-day operations:

**Working capital = current assets − current liabilities**

For Harbor Coffee: (120 + 40 + 30) − (60 + 20) = **110** thousand dollars.

Three ratios show how fast cash moves through the business. Each converts a balance into a number of days:

| Measure | Formula | Meaning |
|---|---|---|
| DSO (days sales outstanding) | receivables ÷ revenue × 365 | how long customers take to pay |
| DIO (days inventory outstanding) | inventory ÷ cost of goods sold × 365 | how long stock sits before being sold |
| DPO (days payables outstanding) | payables ÷ cost of goods sold × 365 | how long we take to pay suppliers |

**Cash conversion cycle = DSO + DIO − DPO**

For Harbor Coffee: DSO = 40 ÷ 1,000 × 365 ≈ 15 days; DIO = 30 ÷ 400 × 365 ≈ 27 days; DPO = 60 ÷ 400 × 365 ≈ 55 days. The cycle is 15 + 27 − 55 ≈ **−13 days**: suppliers are effectively financing the business.

Why managers care: shortening the cycle frees cash without raising a single price. Invoicing promptly, reducing slow-moving stock or agreeing longer supplier terms all improve it. The opposite also holds — a fast-growing company offering customers 60-day terms can tie up large amounts of cash in receivables.`,
          },
        ],
      },
      {
        title: "Cash flow and the big picture",
        lessons: [
          {
            title: "The cash flow statement",
            durationMinutes: 20,
            body: `The **cash flow statement** explains how the cash balance changed over the period. It groups every cash movement into three sections:

- **Operating activities** — cash generated by the core business.
- **Investing activities** — buying or selling long-term assets such as equipment or other businesses.
- **Financing activities** — borrowing and repaying loans, issuing shares, paying dividends.

Most companies use the **indirect method** for the operating section: start from net income and adjust for items that affected profit but not cash.

Harbor Coffee Co. ($ thousands):

| Line | Amount |
|---|---|
| Net income | 104 |
| + Depreciation (expense, but no cash left) | 40 |
| − Increase in receivables | (15) |
| − Increase in inventory | (5) |
| + Increase in payables | 10 |
| **Cash from operating activities** | **134** |
| Purchase of equipment | (90) |
| **Cash from investing activities** | **(90)** |
| Loan repayment | (30) |
| **Cash from financing activities** | **(30)** |
| **Net change in cash** | **14** |

Reading the signs: healthy, established companies usually show positive operating cash flow that funds their investment. **Free cash flow** — operating cash flow minus capital expenditure, here 134 − 90 = 44 — is what is available to repay debt or return to owners. Persistently negative operating cash flow in a mature business is a serious warning sign, whatever the income statement says.`,
          },
          {
            title: "Profit vs cash: linking the three statements",
            durationMinutes: 25,
            body: `The three statements form one connected system:

1. **Net income** from the income statement is the starting line of the cash flow statement and is added to **retained earnings** on the balance sheet.
2. Changes in balance sheet items such as receivables, inventory and loans explain the cash flow adjustments.
3. **Ending cash** on the cash flow statement equals balance sheet cash.

Because revenue and expenses are recorded when earned or incurred, not when paid, profit and cash can diverge:

| Situation | Effect on profit | Effect on cash |
|---|---|---|
| Sale on 60-day credit | up now | up in 60 days |
| Buying stock for next season | none yet | down now |
| Buying a $100k machine | $20k per year via depreciation | down $100k now |
| Taking out a loan | none | up now |

This is how a **profitable company can run out of cash**. Imagine Harbor Coffee wins a contract to supply 40 offices. Profit jumps, but beans and equipment are paid up front while the offices pay after 60 days. Without a credit line, it could miss payroll in its best year ever.

Read the statements together: profit shows whether the model works; cash flow shows whether the company can survive while it does.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 52,
  },
  {
    slug: "budgeting-and-forecasting",
    title: "Budgeting and Forecasting for Managers",
    providerSlug: "ledgerline-business-school",
    skillSlugs: ["financial-analysis"],
    summary:
      "Build a driver-based budget, replace the static annual plan with a rolling forecast, and explain variances in terms of price, volume and mix that leaders can act on.",
    description: `Most budgets are out of date by March. The problem is rarely the spreadsheet; it is a process that locks in guesses for twelve months and then reports variances nobody can explain.

This course shows department heads and finance business partners how to plan in a way that survives contact with reality. You will build a small budget for a subscription business, from revenue drivers down to headcount costs, then track it against actuals.

- Top-down targets vs bottom-up estimates, and how to reconcile them
- Driver-based models that update when assumptions change
- Rolling forecasts and a sensible monthly cadence
- Variance analysis that separates price, volume and timing effects

Templates are provided for Excel and Google Sheets.`,
    level: "intermediate",
    language: "en",
    durationMinutes: 180,
    priceAmount: 7900,
    currency: "GBP",
    outcomes: [
      "Combine top-down targets and bottom-up estimates into one budget",
      "Build a driver-based revenue and cost model",
      "Run a 12-month rolling forecast with a monthly update cycle",
      "Split a revenue variance into price and volume effects",
      "Present variances with clear explanations and next actions",
    ],
    requirements: [
      "Comfort with spreadsheets, including formulas that reference other cells",
      "Basic understanding of an income statement",
    ],
    modules: [
      {
        title: "Building the budget",
        lessons: [
          {
            title: "Top-down vs bottom-up budgeting",
            durationMinutes: 20,
            isPreview: true,
            body: `There are two starting points for a budget, and good processes use both.

**Top-down**: leadership sets targets from strategy and investor expectations — "revenue grows 25%, operating margin reaches 12%" — and allocates them to departments.

**Bottom-up**: each team estimates what it can deliver and what it needs, line by line: salespeople per region, planned hires, software subscriptions, campaigns.

| | Top-down | Bottom-up |
|---|---|---|
| Speed | fast | slow |
| Ambition | often stretching | often cautious, with padding |
| Ownership by teams | low | high |
| Link to strategy | strong | can be weak |

The best results come from a **deliberate reconciliation**. Leadership publishes targets early; teams build bottom-up plans; the gap between them is discussed openly. Suppose leadership wants £12m in revenue and the sales teams' plans add up to £10.8m. The conversation should be about *what would close the gap* — two more account executives, a price increase, a new channel — and what each option costs, not about quietly inflating numbers.

Practical tips:

- Agree on shared assumptions first: salary increases, inflation, exchange rates.
- Keep the level of detail proportional: budget the big lines precisely and group small ones.
- Write each key assumption next to the number it drives.`,
          },
          {
            title: "Driver-based planning",
            durationMinutes: 25,
            body: `A **driver-based** model calculates financial lines from operational drivers instead of typing in amounts. When a driver changes, every dependent number updates, and the discussion moves from "why is marketing £40k over?" to "why did cost per lead rise?".

Example for a subscription business, one month:

| Driver | Value |
|---|---|
| Website trials started | 4,000 |
| Trial-to-paid conversion | 12% |
| New customers | 480 |
| Opening customers | 6,000 |
| Monthly churn | 2.5% |
| Customers lost | 150 |
| Closing customers | 6,330 |
| Average revenue per customer | £45 |
| **Revenue** (on average customers) | **≈ £277,400** |

Average customers = (6,000 + 6,330) ÷ 2 = 6,165, and 6,165 × £45 ≈ £277,400.

Costs work the same way:

- Support headcount = customers ÷ 800 customers per agent
- Payment fees = revenue × 1.9%
- Hosting = customers × £1.20

Guidelines:

1. Choose **few, meaningful drivers**, each owned by someone who can influence it.
2. Separate **inputs** (assumptions, in one clearly marked area) from **calculations**.
3. Test sensitivity: how much does revenue change if conversion is 10% instead of 12%? Spend review time on the drivers with the biggest impact.`,
          },
        ],
      },
      {
        title: "Forecasting and variance analysis",
        lessons: [
          {
            title: "Rolling forecasts",
            durationMinutes: 20,
            body: `A **static budget** is set once a year. By mid-year it describes a world that no longer exists, yet still drives decisions. A **rolling forecast** keeps a constant horizon — typically 12 months or 4–6 quarters — and extends it every period.

Example: with a 12-month horizon updated monthly, the July update covers August to next July, so you always see a full year ahead, across financial year-end.

| | Static budget | Rolling forecast |
|---|---|---|
| Purpose | target and commitment | best current estimate |
| Updated | once a year | monthly or quarterly |
| Horizon | fixed calendar year | always 12 months ahead |

Many companies keep **both**: the budget as the accountability target and the forecast as the planning tool. Mixing the two roles is what causes sandbagging — teams forecasting low so they can "beat" the number.

Making it sustainable:

- Update **drivers**, not hundreds of line items, so a monthly update takes hours, not weeks.
- Use monthly detail for near months and quarters beyond six months.
- **Track forecast accuracy**: compare what you forecast three months ago with actuals. Consistent bias matters more than random error.
- Fix a calendar: actuals closed by working day 5, forecast updated by day 10, reviewed by day 12.`,
          },
          {
            title: "Variance analysis",
            durationMinutes: 25,
            body: `A **variance** is the difference between actual and budget (or forecast). A variance is **favourable** when it improves profit — more revenue or lower cost — and **adverse** when it reduces it.

Reporting "revenue £2,000 under budget" explains nothing. Break it down into causes. For revenue, the standard split is **volume** and **price**:

Budget: 10,000 units at £20 = £200,000
Actual: 9,000 units at £22 = £198,000

- **Volume variance** = (actual units − budget units) × budget price = (9,000 − 10,000) × £20 = **−£20,000 (adverse)**
- **Price variance** = (actual price − budget price) × actual units = (£22 − £20) × 9,000 = **+£18,000 (favourable)**
- Total = −£2,000 ✓

The story is very different from "slightly under budget": we raised prices and lost 10% of volume. Is that a deliberate trade-off or a warning sign about demand?

Good variance commentary:

1. **Focuses on material items** — set a threshold, for example ±5% and at least £10k.
2. **Separates timing from permanent differences.** A campaign moved from March to April is a timing variance that will reverse.
3. **Explains cause, not just direction** — "adverse due to 3 unplanned hires in support" rather than "staff costs over".
4. **Ends with an action or forecast update.** What, if anything, changes as a result?`,
          },
        ],
      },
    ],
    publishedDaysAgo: 231,
  },
  {
    slug: "economia-unitaria-para-startups",
    title: "Economía unitaria para startups y negocios digitales",
    providerSlug: "ledgerline-business-school",
    skillSlugs: ["financial-analysis", "product-management"],
    summary:
      "Aprende a calcular el margen de contribución, el CAC, el LTV y el periodo de recuperación para saber si cada cliente nuevo crea o destruye valor en tu negocio.",
    description: `Crecer rápido no sirve de nada si cada cliente nuevo cuesta más de lo que aporta. La economía unitaria responde a una pregunta sencilla: ¿ganamos dinero con cada unidad que vendemos, una vez descontados todos los costes que genera?

En este curso trabajamos con dos casos reales simplificados: una tienda online de cosmética y un software por suscripción (SaaS). Para cada uno construirás, paso a paso, una hoja de cálculo con sus métricas clave.

- Margen de contribución por pedido y por cliente
- Coste de adquisición de clientes (CAC), total y por canal
- Valor de vida del cliente (LTV) y sus limitaciones
- Ratio LTV/CAC y periodo de recuperación del CAC

Está pensado para fundadores, responsables de producto y equipos de marketing que necesitan hablar el mismo idioma que su equipo financiero y sus inversores.`,
    level: "intermediate",
    language: "es",
    durationMinutes: 150,
    priceAmount: 4900,
    currency: "EUR",
    outcomes: [
      "Calcular el margen de contribución de un pedido y de un cliente",
      "Medir el CAC total y por canal sin olvidar los costes ocultos",
      "Estimar el LTV a partir del ingreso medio, el margen y la tasa de abandono",
      "Interpretar el ratio LTV/CAC y el periodo de recuperación",
      "Detectar qué palanca mejora más la rentabilidad de cada cliente",
    ],
    requirements: [
      "Manejo básico de hojas de cálculo",
      "Conocer los conceptos de ingresos, costes y margen",
    ],
    modules: [
      {
        title: "Fundamentos de la economía unitaria",
        lessons: [
          {
            title: "Qué es la economía unitaria",
            durationMinutes: 20,
            isPreview: true,
            body: `La **economía unitaria** analiza los ingresos y costes asociados a una sola unidad de negocio. Primero hay que elegir la unidad: un **pedido** en un comercio electrónico, un **cliente** en una suscripción, un **viaje** en una plataforma de transporte.

La métrica central es el **margen de contribución**: lo que queda de cada unidad después de pagar todos los costes variables, es decir, los que crecen con cada venta. Ese margen es el que «contribuye» a pagar los costes fijos (oficina, salarios del equipo central) y, después, a generar beneficio.

Ejemplo: un pedido medio en una tienda online de cosmética.

| Concepto | Importe |
|---|---|
| Precio del pedido (sin IVA) | 60,00 € |
| Coste del producto | −24,00 € |
| Envío | −6,00 € |
| Comisión de la pasarela de pago | −1,80 € |
| Embalaje | −1,20 € |
| **Margen de contribución** | **27,00 € (45 %)** |

Si este margen fuera negativo, vender más solo aumentaría las pérdidas: ningún volumen lo arreglaría.

Errores frecuentes:

- Olvidar costes variables «pequeños», como devoluciones, comisiones o atención al cliente por pedido.
- Calcular con el precio de catálogo en lugar del precio real tras descuentos.
- Mezclar costes fijos y variables, lo que hace que el margen parezca peor al principio y mejor al crecer.`,
          },
          {
            title: "Coste de adquisición de clientes (CAC)",
            durationMinutes: 20,
            body: `El **CAC** indica cuánto cuesta, de media, conseguir un cliente nuevo:

**CAC = gasto total en ventas y marketing del periodo ÷ clientes nuevos del periodo**

Ejemplo de un SaaS en un trimestre:

| Concepto | Importe |
|---|---|
| Publicidad en buscadores y redes | 18.000 € |
| Herramientas de marketing | 3.000 € |
| Salarios del equipo de ventas y marketing | 39.000 € |
| **Total** | **60.000 €** |
| Clientes nuevos | 200 |
| **CAC** | **300 €** |

Muchas empresas calculan solo el **CAC de pago** (publicidad ÷ clientes captados por anuncios), que aquí sería mucho menor. Es útil para optimizar campañas, pero para decidir si el negocio es sostenible necesitas el **CAC total**, con salarios y herramientas incluidos.

Conviene además separar el CAC **por canal**:

- Búsqueda de pago: 220 €
- Eventos y ferias: 650 €
- Recomendaciones de clientes: 40 €

Un CAC medio aceptable puede esconder un canal que destruye valor.

Dos cuidados prácticos: usa el mismo periodo para gasto y clientes, y ten en cuenta el retraso entre ambos. Si el ciclo de venta dura dos meses, el gasto de enero produce clientes en marzo; comparar meses aislados dará cifras engañosas, así que trabaja con trimestres o medias móviles.`,
          },
        ],
      },
      {
        title: "Valor del cliente y rentabilidad",
        lessons: [
          {
            title: "Valor de vida del cliente (LTV)",
            durationMinutes: 20,
            body: `El **LTV** (lifetime value) estima cuánto margen genera un cliente durante toda su relación con la empresa. Importa el **margen**, no los ingresos: un cliente que factura mucho con margen bajo puede valer menos que uno pequeño y rentable.

Para un negocio de suscripción, una fórmula sencilla es:

**LTV = ingreso medio mensual por cliente × margen bruto ÷ tasa de abandono mensual**

La división por la tasa de abandono (churn) estima la vida media del cliente: con un 3 % mensual, un cliente dura de media 1 ÷ 0,03 ≈ 33 meses.

Ejemplo:

| Dato | Valor |
|---|---|
| Ingreso medio mensual por cliente | 40 € |
| Margen bruto | 75 % |
| Margen mensual por cliente | 30 € |
| Churn mensual | 3 % |
| **LTV** | 30 € ÷ 0,03 = **1.000 €** |

Limitaciones que debes conocer:

- La fórmula supone un churn constante. En la práctica, los clientes abandonan más en los primeros meses; por eso es mejor calcular el LTV **por cohortes**, siguiendo a los clientes captados cada mes.
- Con churn muy bajo, el resultado se dispara. Muchas empresas limitan el horizonte a 3 o 5 años para ser prudentes.
- Las ampliaciones de plan pueden aumentar el LTV; inclúyelas solo con datos reales.

El LTV es una estimación, no un hecho contable: preséntalo siempre con sus supuestos.`,
          },
          {
            title: "Ratio LTV/CAC y periodo de recuperación",
            durationMinutes: 25,
            body: `Combinando las métricas anteriores obtenemos dos indicadores clave para inversores.

**1. Ratio LTV/CAC**: cuántas veces recupera un cliente lo que costó captarlo.

Con un LTV de 1.000 € y un CAC de 300 €: 1.000 ÷ 300 ≈ **3,3**.

| Ratio | Lectura habitual |
|---|---|
| Menos de 1 | cada cliente destruye valor |
| Entre 1 y 3 | rentabilidad ajustada; revisar CAC o margen |
| Alrededor de 3 | referencia sana muy citada en SaaS |
| Muy por encima de 5 | quizá se invierte poco en crecer |

**2. Periodo de recuperación del CAC (payback)**: meses necesarios para recuperar el coste de captación con el margen mensual.

**Payback = CAC ÷ margen mensual por cliente** = 300 € ÷ 30 € = **10 meses**

El payback importa porque mide la caja: aunque el LTV/CAC sea bueno, un payback de 30 meses obliga a financiar durante años el crecimiento antes de recuperar la inversión.

Palancas para mejorar ambos indicadores:

- **Reducir el CAC**: invertir en canales eficientes, como recomendaciones o contenido orgánico.
- **Subir el margen**: revisar precios, negociar costes de infraestructura.
- **Reducir el churn**: mejorar la incorporación de clientes nuevos, donde se concentra gran parte del abandono.
- **Cobrar por adelantado**: los planes anuales pagados al inicio acortan el payback.

Calcula el efecto de cada palanca antes de decidir.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 119,
  },
  {
    slug: "feedback-eficaz-para-responsables-de-equipo",
    title: "Feedback eficaz para responsables de equipo",
    providerSlug: "ledgerline-business-school",
    skillSlugs: ["leadership"],
    summary:
      "Aprende a dar feedback concreto y respetuoso con el modelo SBI, a preparar conversaciones difíciles y a pedir feedback a tu equipo para mejorar de forma continua.",
    description: `El feedback es la herramienta más barata y más infrautilizada de un responsable de equipo. Casi todos sabemos que deberíamos darlo más a menudo; lo difícil es hacerlo sin sonar vago, sin herir y sin posponerlo hasta la evaluación anual.

Este curso práctico está dirigido a personas que gestionan equipos por primera vez o que quieren mejorar sus conversaciones. Cada lección incluye frases de ejemplo, errores habituales y un ejercicio para aplicar esa misma semana.

- El modelo SBI para dar feedback claro y basado en hechos
- Cómo reconocer el buen trabajo de forma específica
- Preparación y desarrollo de conversaciones difíciles
- Cómo pedir feedback a tu equipo y recibirlo sin ponerte a la defensiva

Al terminar tendrás una guía de una página para preparar cualquier conversación de feedback.`,
    level: "beginner",
    language: "es",
    durationMinutes: 120,
    priceAmount: 2900,
    currency: "EUR",
    outcomes: [
      "Estructurar el feedback con el modelo situación, comportamiento e impacto",
      "Reconocer el buen trabajo de forma específica y creíble",
      "Preparar y conducir una conversación difícil paso a paso",
      "Pedir feedback a tu equipo con preguntas que generan respuestas útiles",
    ],
    requirements: [
      "Tener personas a tu cargo o coordinar el trabajo de un equipo",
    ],
    modules: [
      {
        title: "Dar feedback que ayuda",
        lessons: [
          {
            title: "El modelo SBI: situación, comportamiento e impacto",
            durationMinutes: 15,
            isPreview: true,
            body: `El feedback vago no ayuda a nadie. «Tienes que ser más proactivo» o «buen trabajo» no dicen qué repetir ni qué cambiar. El modelo **SBI**, desarrollado por el Center for Creative Leadership, ordena el mensaje en tres partes:

1. **Situación**: cuándo y dónde ocurrió, de forma concreta.
2. **Comportamiento**: lo que la persona hizo o dijo, observable, sin interpretaciones.
3. **Impacto**: el efecto que tuvo en ti, en el equipo o en el cliente.

Ejemplo:

> «En la reunión con el cliente del martes (situación), interrumpiste a Laura dos veces mientras presentaba los plazos (comportamiento). El cliente dejó de hacerle preguntas a ella y después me dijo que no tenía claro quién lideraba el proyecto (impacto).»

Compara con «tienes que dejar hablar más a los demás»: la versión SBI es difícil de discutir porque describe hechos, no juicios sobre la persona.

Claves para usarlo bien:

- Describe comportamientos, no rasgos: «llegaste 20 minutos tarde» en lugar de «eres impuntual».
- Da el feedback **pronto**, idealmente en las 48 horas siguientes, cuando ambos recordáis los detalles.
- Termina con una pregunta abierta: «¿Cómo lo viviste tú?». Así empieza una conversación, no un sermón.

El mismo esquema sirve para el feedback positivo.`,
          },
          {
            title: "Feedback positivo específico",
            durationMinutes: 15,
            body: `Muchos responsables solo dan feedback cuando algo sale mal, así que el equipo asocia «¿tienes cinco minutos?» con malas noticias y no sabe qué conductas repetir.

El reconocimiento funciona cuando es **específico**. Compara:

| Genérico | Específico |
|---|---|
| «¡Gran trabajo con el informe!» | «En el informe de ventas separaste los datos por canal; gracias a eso dirección aprobó ayer el presupuesto para el canal online.» |
| «Eres un crack con los clientes.» | «Cuando el cliente se quejó del retraso, le explicaste las causas y le diste una fecha nueva realista. Se quedó tranquilo y no escaló la queja.» |

La versión específica sigue el modelo SBI, demuestra atención real y enseña al equipo qué significa «hacerlo bien».

Recomendaciones prácticas:

- **Hazlo frecuente y breve.** Un mensaje de dos frases a tiempo vale más que un gran elogio meses después.
- **Reconoce el proceso, no solo el resultado**: una buena decisión con un resultado malo por mala suerte también merece reconocimiento.
- **Adapta el formato a la persona**: hay quien agradece el reconocimiento público y quien lo prefiere en privado. Pregúntalo.
- **Evita el «sándwich»** (positivo, negativo, positivo): la gente acaba esperando el «pero» tras cada elogio.

Ejercicio: esta semana, da tres comentarios positivos específicos a tres personas distintas.`,
          },
        ],
      },
      {
        title: "Conversaciones difíciles",
        lessons: [
          {
            title: "Preparar una conversación difícil",
            durationMinutes: 20,
            body: `Las conversaciones difíciles —bajo rendimiento, conflictos, comportamientos inaceptables— suelen salir mal por falta de preparación.

Antes de la conversación, responde por escrito:

1. **¿Cuál es el problema concreto?** Hechos y ejemplos con fecha, no impresiones. «Tres de las últimas cinco entregas llegaron después del plazo acordado.»
2. **¿Qué impacto tiene?** En el cliente, en el equipo, en los resultados.
3. **¿Qué quiero conseguir?** Un objetivo realista: entender las causas y acordar un cambio, no «que reconozca que se equivocó».
4. **¿Qué no sé?** Quizá hay cargas de trabajo o problemas personales que desconoces.

Una estructura útil para la conversación:

| Paso | Ejemplo |
|---|---|
| Ir al grano | «Quiero hablar contigo de los plazos de entrega.» |
| Describir los hechos (SBI) | «En mayo, tres entregas llegaron tarde…» |
| Escuchar de verdad | «¿Qué está pasando desde tu punto de vista?» |
| Acordar el siguiente paso | «¿Qué necesitas para cumplir el plazo del día 15?» |
| Fijar seguimiento | «Lo revisamos juntos el viernes que viene.» |

Evita los rodeos largos: la persona percibe la tensión y deja de escuchar. Elige un lugar privado y un momento sin prisas. Después, resume lo acordado por escrito en un mensaje breve.`,
          },
          {
            title: "Pedir y recibir feedback",
            durationMinutes: 15,
            body: `Cuanto más alto es tu puesto, menos feedback sincero recibes: a la gente le cuesta criticar a quien decide sobre su trabajo. Por eso, como responsable, tienes que **pedirlo activamente** y demostrar que es seguro darlo.

«¿Tienes algún feedback para mí?» suele recibir un «no, todo bien». Funcionan mejor las preguntas concretas y que asumen que hay algo que mejorar:

- «¿Qué es una cosa que podría hacer distinta en nuestras reuniones semanales?»
- «En el último proyecto, ¿en qué momento te habría venido bien más apoyo por mi parte?»
- «¿Qué debería dejar de hacer?»

Cuando recibes feedback, tu reacción decide si volverás a recibirlo:

1. **Escucha sin interrumpir** ni justificarte, aunque no estés de acuerdo.
2. **Pide ejemplos**: «¿Me puedes dar un caso concreto?».
3. **Da las gracias** de forma sincera; hablar no le ha resultado fácil.
4. **Decide y comunica** qué vas a hacer. No tienes que aceptarlo todo, pero sí explicar tu decisión.
5. **Cierra el círculo**: unas semanas después, cuenta qué has cambiado gracias a ese comentario.

Ese último paso es el más potente: cuando el equipo ve que el feedback produce cambios reales, empieza a darlo sin que se lo pidas.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 35,
  },
  {
    slug: "verhandlungsfuehrung-fuer-fuehrungskraefte",
    title: "Verhandlungsführung für Führungskräfte",
    providerSlug: "ledgerline-business-school",
    skillSlugs: ["leadership"],
    summary:
      "Bereiten Sie Verhandlungen systematisch vor, kennen Sie Ihre BATNA, verhandeln Sie über Interessen statt Positionen und erkennen Sie harte Taktiken rechtzeitig.",
    description: `Führungskräfte verhandeln ständig: mit Lieferanten über Preise und Laufzeiten, mit anderen Abteilungen über Budgets und Personal, mit Kandidatinnen und Kandidaten über Gehälter. Wer dabei improvisiert, verschenkt Wert — oder beschädigt Beziehungen, die er später noch braucht.

Dieser Kurs für erfahrene Führungskräfte verbindet das Harvard-Konzept mit Erkenntnissen aus der Verhandlungsforschung. Anhand eines durchgehenden Fallbeispiels — der Neuverhandlung eines IT-Dienstleistungsvertrags — üben Sie jede Phase einer Verhandlung.

- BATNA, Reservationspunkt und Verhandlungszone bestimmen
- Interessen hinter Positionen erkennen und Wert schaffen
- Anker setzen und Zugeständnisse gezielt planen
- Harte Taktiken der Gegenseite erkennen und entschärfen

Sie erhalten eine Vorbereitungsvorlage, die Sie für jede künftige Verhandlung nutzen können.`,
    level: "advanced",
    language: "de",
    durationMinutes: 180,
    priceAmount: 12900,
    currency: "EUR",
    outcomes: [
      "Die eigene BATNA und den Reservationspunkt vor jeder Verhandlung bestimmen",
      "Die Verhandlungszone (ZOPA) beider Seiten abschätzen",
      "Hinter Positionen liegende Interessen erfragen und Optionen mit beiderseitigem Nutzen entwickeln",
      "Erste Angebote und Zugeständnisse strategisch planen",
      "Harte Verhandlungstaktiken erkennen und souverän darauf reagieren",
    ],
    requirements: [
      "Mehrjährige Berufserfahrung mit eigenen Verhandlungen, etwa mit Lieferanten, Kunden oder intern",
      "Sichere Deutschkenntnisse für Rollenspiele und Fallarbeit",
    ],
    modules: [
      {
        title: "Vorbereitung",
        lessons: [
          {
            title: "BATNA und Verhandlungsspielraum",
            durationMinutes: 20,
            isPreview: true,
            body: `Die wichtigste Frage vor jeder Verhandlung lautet: Was tue ich, wenn wir uns nicht einigen? Die Antwort ist Ihre **BATNA** (Best Alternative to a Negotiated Agreement), ein Begriff aus dem Harvard-Konzept von Fisher und Ury.

Aus der BATNA leiten sich zwei weitere Größen ab:

- **Reservationspunkt**: das schlechteste Ergebnis, das Sie gerade noch akzeptieren. Alles darunter ist schlechter als Ihre Alternative.
- **ZOPA** (Zone of Possible Agreement): der Bereich, in dem sich die Reservationspunkte beider Seiten überschneiden. Nur dort ist eine Einigung möglich.

Beispiel: Sie verhandeln einen IT-Wartungsvertrag neu.

| | Ihre Seite (Käufer) | Dienstleister |
|---|---|---|
| BATNA | Angebot eines Wettbewerbers: 110.000 € pro Jahr plus ca. 15.000 € Umstellungskosten | Kapazität anderweitig für ca. 90.000 € auslasten |
| Reservationspunkt | 125.000 € | 95.000 € |
| ZOPA | | 95.000 € bis 125.000 € |

Daraus folgt:

1. **Verbessern Sie Ihre BATNA vor der Verhandlung**, etwa durch ein echtes Alternativangebot. Eine starke Alternative ist die Grundlage von Verhandlungsmacht.
2. **Schätzen Sie die BATNA der Gegenseite**: Wie dringend braucht der Dienstleister den Auftrag?
3. **Legen Sie den Reservationspunkt vorher fest** und schreiben Sie ihn auf. Wer das erst am Tisch tut, lässt sich leicht über die eigene Grenze hinaus ziehen.`,
          },
          {
            title: "Interessen statt Positionen",
            durationMinutes: 20,
            body: `Eine **Position** ist das, was jemand fordert: „Wir brauchen 10 % Rabatt.“ Ein **Interesse** ist der Grund dafür: „Unser Einkauf muss die Kosten in diesem Jahr senken.“ Wer nur über Positionen verhandelt, kann lediglich feilschen — jeder Euro für die eine Seite fehlt der anderen.

Das klassische Beispiel: Zwei Personen streiten um eine Orange und teilen sie schließlich in der Mitte. Die eine wollte aber nur den Saft, die andere nur die Schale für einen Kuchen. Beide hätten alles bekommen können, hätten sie nach dem Warum gefragt.

Im Geschäftsalltag:

| Position | Mögliches Interesse | Option mit beiderseitigem Nutzen |
|---|---|---|
| „10 % Rabatt“ | Budgetziel im laufenden Jahr | gleicher Preis, aber längere Zahlungsziele oder spätere Preiserhöhung |
| „Keine Vertragsstrafen“ | Angst vor Risiken, die man nicht steuern kann | Strafen nur für Leistungen, die der Dienstleister selbst kontrolliert |
| „Laufzeit nur ein Jahr“ | Unsicherheit über die Qualität | drei Jahre mit Sonderkündigungsrecht bei verfehlten Servicezielen |

Interessen erfragen Sie mit offenen Fragen:

- „Was ist Ihnen dabei besonders wichtig?“
- „Was würde passieren, wenn wir diesen Punkt anders lösen?“
- „Woran würden Sie in einem Jahr merken, dass der Vertrag ein Erfolg war?“

Verhandeln Sie mehrere Themen gleichzeitig: Nur so lassen sich Zugeständnisse bei unwichtigeren Punkten gegen Vorteile bei wichtigen tauschen.`,
          },
        ],
      },
      {
        title: "Am Verhandlungstisch",
        lessons: [
          {
            title: "Anker setzen und Zugeständnisse planen",
            durationMinutes: 20,
            body: `Die erste konkrete Zahl in einer Verhandlung wirkt als **Anker**: Alle folgenden Angebote werden unbewusst an ihr gemessen. Dieser Ankereffekt ist in der Forschung gut belegt und wirkt selbst bei erfahrenen Verhandlern.

Daraus folgt: **Wenn Sie gut vorbereitet sind, machen Sie das erste Angebot.** Es sollte ambitioniert, aber begründbar sein. Ein Käufer, der mit 92.000 € eröffnet und auf marktübliche Preise verweist, verschiebt die Verhandlung deutlich zu seinen Gunsten. Ein absurd niedriges Angebot dagegen beschädigt die Glaubwürdigkeit.

Wenn die Gegenseite zuerst einen extremen Anker setzt:

- Nehmen Sie ihn nicht als Ausgangspunkt für Gegenangebote.
- Benennen Sie ihn ruhig: „Diese Zahl ist für uns keine Verhandlungsgrundlage.“
- Setzen Sie zeitnah Ihren eigenen, begründeten Anker.

Für **Zugeständnisse** gelten drei Regeln:

1. **Nie ohne Gegenleistung.** Formulieren Sie bedingt: „Wenn Sie die Laufzeit auf drei Jahre verlängern, können wir beim Preis auf 105.000 € gehen.“
2. **Abnehmende Schritte.** Eine Folge wie 8.000 €, 4.000 €, 1.500 € signalisiert, dass Sie sich Ihrer Grenze nähern. Gleich große Schritte laden zum Weiterverhandeln ein.
3. **Vorher planen.** Legen Sie fest, welche Punkte Ihnen wenig kosten, der Gegenseite aber viel wert sind — etwa Referenzkundenstatus oder flexible Starttermine.

Halten Sie jedes Zugeständnis schriftlich fest, damit am Ende klar ist, was vereinbart wurde.`,
          },
          {
            title: "Harte Taktiken erkennen und entschärfen",
            durationMinutes: 20,
            body: `Nicht jede Gegenseite verhandelt kooperativ. Manche Taktiken sollen Druck erzeugen oder Sie zu vorschnellen Zugeständnissen bewegen. Sobald Sie eine Taktik benennen können, verliert sie viel von ihrer Wirkung.

| Taktik | Erkennungsmerkmal | Reaktion |
|---|---|---|
| Künstliche Frist | „Das Angebot gilt nur bis heute 17 Uhr.“ | Nach dem Grund fragen; an die eigene BATNA denken; notfalls die Frist verstreichen lassen |
| Guter Cop, böser Cop | Eine Person droht, die andere wirkt verständnisvoll | Beide Aussagen als Position derselben Seite behandeln |
| Salamitaktik | Nach der Einigung kommen immer neue „kleine“ Forderungen | Das Gesamtpaket festhalten: „Das war Teil unserer Vereinbarung, oder wir öffnen alles neu.“ |
| Begrenzte Vollmacht | „Da muss ich erst meinen Chef fragen.“ | Vorab klären, wer abschließend entscheidet; eigene Zugeständnisse ebenfalls unter Vorbehalt stellen |
| Persönlicher Druck | Unterbrechungen, Vorwürfe, demonstrative Ungeduld | Pause vorschlagen; zur Sache zurückkehren: „Lassen Sie uns auf die offenen Punkte schauen.“ |

Grundsätze für den Umgang:

- **Trennen Sie Mensch und Problem.** Bleiben Sie freundlich im Ton und hart in der Sache.
- **Nutzen Sie Pausen.** „Ich möchte das kurz mit meinem Team besprechen“ verschafft Zeit zum Nachdenken.
- **Bestehen Sie auf objektiven Kriterien** wie Marktpreisen, Benchmarks oder früheren Verträgen, statt sich auf ein reines Kräftemessen einzulassen.

Und vergessen Sie nie: Eine starke BATNA ist der beste Schutz gegen jede Drucktaktik.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 74,
  },
  {
    slug: "leading-your-first-team",
    title: "Leading Your First Team",
    providerSlug: "ledgerline-business-school",
    skillSlugs: ["leadership"],
    summary:
      "Make the move from individual contributor to manager: run useful one-on-ones, set clear goals, delegate well, build psychological safety and make decisions stick.",
    description: `Most people become managers because they were good at their previous job — and then discover that the new job is completely different. Your output is now your team's output, and the skills that got you promoted are no longer enough.

This course covers the essentials for the first year of managing a team of three to ten people. It is built from the situations new managers tell us they struggle with most: the first awkward one-on-ones, delegating work they could do faster themselves, and making decisions that not everyone likes.

- Resetting your role and your calendar
- One-on-ones that build trust and surface problems early
- Clear goals and delegation that matches each person's experience
- Psychological safety and transparent decision-making

Each lesson ends with one concrete habit to try the following week.`,
    level: "beginner",
    language: "en",
    durationMinutes: 210,
    priceAmount: 4900,
    currency: "USD",
    outcomes: [
      "Redefine your role and time allocation as a new manager",
      "Run regular one-on-ones with a clear, employee-led structure",
      "Set goals with measurable outcomes and shared definitions of done",
      "Delegate at the right level of autonomy for each task and person",
      "Build psychological safety through everyday behaviours",
      "Make clear who decides what, and communicate decisions well",
    ],
    requirements: [
      "Currently managing people, or expecting to within the next six months",
    ],
    modules: [
      {
        title: "Making the transition",
        lessons: [
          {
            title: "From individual contributor to manager",
            durationMinutes: 15,
            isPreview: true,
            body: `As an individual contributor, you were measured on your own work. As a manager, you are measured on **what your team achieves** — a shift that sounds obvious but changes almost everything about how you spend your day.

Common traps in the first months:

- **Staying the best doer.** Taking the hardest tasks yourself feels productive, but it makes you the bottleneck and denies your team the chance to grow.
- **Rescuing.** Jumping in to fix work that is going off track teaches people to wait for you.
- **Avoiding the people work.** One-on-ones, feedback and hiring feel less "real" than shipping, so they get postponed until a problem forces them.

A useful way to see the new job is as three responsibilities:

| Responsibility | Examples |
|---|---|
| Direction | priorities, goals, saying no to work that does not fit |
| People | one-on-ones, feedback, development, hiring |
| Execution | removing blockers, coordinating with other teams, tracking delivery |

After your first month, audit your calendar: if more than half your time still goes on hands-on work, people and direction are probably neglected.

Feeling less productive at first is normal: your results now arrive indirectly and later.`,
          },
          {
            title: "Effective one-on-ones",
            durationMinutes: 20,
            body: `A one-on-one is a regular, private meeting with each direct report. Done well, it builds trust and surfaces problems long before they become resignations or missed deadlines.

Principles that make them work:

- **Regular and protected.** Weekly or every two weeks, 30 minutes. Moving it occasionally is fine; cancelling it repeatedly tells the person they are not a priority.
- **Their meeting, not yours.** The employee sets most of the agenda. It is not a status update — status belongs in shared tools or team meetings.
- **A shared running document** for agenda and actions.

A simple structure:

1. How are you doing? (Listen properly — this is often where the real topic appears.)
2. Their topics.
3. Your topics: feedback, context from leadership, upcoming changes.
4. Actions: who does what by when.

Questions that get beyond "all good":

- "What is taking more of your energy than it should right now?"
- "Is there anything you are waiting on from me?"
- "What would you like to be doing more of in six months?"

Once a month or so, use the session for **career development** rather than current work — you will hear about ambitions while you can still act on them.`,
          },
        ],
      },
      {
        title: "Direction and delegation",
        lessons: [
          {
            title: "Setting clear goals",
            durationMinutes: 20,
            body: `Many performance problems are really clarity problems: people worked hard on the wrong thing, or to a different standard than the manager imagined.

A clear goal answers four questions:

1. **What outcome?** Describe the result, not the activity. "Reduce average first-response time on support tickets from 9 hours to 4" rather than "work on support responsiveness".
2. **Why does it matter?** Context lets people make good trade-offs without asking you: "Slow first responses are the top complaint in our customer survey."
3. **By when?** A date or a review point.
4. **What does done look like?** Agree on measurement and acceptable quality.

Many teams use **OKRs** (objectives and key results): a qualitative objective with two to four measurable key results.

| Objective | Key results |
|---|---|
| Customers get help fast | First response under 4 hours for 90% of tickets; satisfaction score at least 4.5 out of 5; backlog older than 7 days below 20 tickets |

Keep the number of goals small — three to five per team per quarter. If everything is a priority, nothing is.

Check understanding by asking the person to explain the goal back in their own words; differences reveal misunderstandings early and cheaply.`,
          },
          {
            title: "Delegating without micromanaging",
            durationMinutes: 20,
            body: `Delegation means agreeing how much autonomy someone has, then matching your involvement to it. The failure modes are micromanaging experienced people and abandoning newcomers.

Make the level of autonomy explicit:

| Level | What you say |
|---|---|
| 1. Do as instructed | "Follow this checklist exactly." |
| 2. Research and recommend | "Look into the options and recommend one; I'll decide." |
| 3. Decide, then inform me | "Choose the vendor and let me know what you picked." |
| 4. Full ownership | "This is yours; update me at the monthly review." |

Choose the level based on the person's experience *with this kind of task*, not their general seniority, and on the cost of getting it wrong. A senior engineer may still be at level 2 for a first budget proposal.

A good handover covers:

- the outcome and why it matters
- constraints such as budget, deadline and non-negotiables
- the autonomy level and when you will check in
- where to get help

Then resist redoing the work your way: if it meets the agreed standard, let it go. Raise the autonomy level as trust builds, and say so explicitly — it is a highly motivating message.`,
          },
        ],
      },
      {
        title: "Building a healthy team",
        lessons: [
          {
            title: "Psychological safety",
            durationMinutes: 20,
            body: `**Psychological safety**, a concept developed by Harvard researcher Amy Edmondson, is a shared belief that the team is safe for interpersonal risk-taking: people can ask questions, admit mistakes and disagree without fear of embarrassment or punishment. Google's Project Aristotle study of its own teams found it was the most important factor distinguishing effective teams.

It matters because problems only get fixed once someone mentions them; in low-safety teams, people hide mistakes and stay quiet.

It is not about being nice or lowering standards. Edmondson describes four zones:

| | Low standards | High standards |
|---|---|---|
| **High safety** | comfort zone | learning zone |
| **Low safety** | apathy zone | anxiety zone |

The goal is high safety *and* high standards.

Behaviours that build it:

- **Model fallibility**: "I may be missing something here — what do you see?"
- **Respond well to bad news.** Thank the messenger first, then solve the problem.
- **Invite input explicitly**, especially from quieter people: "Priya, you've worked with this client — what's your view?"
- **Run blameless reviews** after incidents, asking "what in our process allowed this?" rather than "who did this?"

Measure it occasionally with an anonymous question such as "If I made a mistake on this team, it would not be held against me."`,
          },
          {
            title: "Making decisions: who decides what",
            durationMinutes: 15,
            body: `Many team conflicts are about *how* a decision was made, not *what* was decided: people feel surprised or not consulted. Making the process explicit prevents most of this.

Before a significant decision, state which mode you are using:

| Mode | How it works | Good for |
|---|---|---|
| Command | you decide alone and explain | urgent or low-impact decisions |
| Consult | you gather input, then decide | most important team decisions |
| Consensus | the group decides together | decisions needing strong buy-in, when time allows |
| Delegate | someone else decides | decisions closer to their expertise |

The worst pattern is **fake consultation**: asking for opinions on a decision already made.

For decisions involving several roles, clarify who does what. The **RACI** model assigns each person as Responsible (does the work), Accountable (owns the final decision — exactly one person), Consulted or Informed.

When communicating a decision:

1. State the decision clearly.
2. Explain the reasoning and the alternatives considered.
3. Acknowledge what was given up and who it affects.
4. Say when and how it will be reviewed.

Ask for **disagree and commit**: people may disagree openly during discussion, but once decided, everyone supports execution. If new information appears, reopen the decision deliberately rather than undermining it quietly.`,
          },
        ],
      },
    ],
    publishedDaysAgo: 318,
  },
];
