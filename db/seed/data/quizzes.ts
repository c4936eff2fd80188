import type { SeedQuiz } from "./types";

// End-of-module quizzes for a few demo courses, so the demo shows grading and retries.
export const quizzes: SeedQuiz[] = [
  {
    courseSlug: "advanced-sql-window-functions",
    modulePosition: 2,
    title: "Check your understanding: window functions",
    passPercent: 70,
    questions: [
      {
        prompt: "Which function gives tied rows the same number and leaves a gap after them?",
        kind: "single",
        options: [
          ["RANK()", true],
          ["ROW_NUMBER()", false],
          ["DENSE_RANK()", false],
        ],
        explanation: "ROW_NUMBER never ties, DENSE_RANK ties without gaps; RANK ties and then skips (1, 1, 3).",
      },
      {
        prompt: "Which functions read a value from another row of the same window?",
        kind: "multiple",
        options: [
          ["LAG()", true],
          ["LEAD()", true],
          ["COALESCE()", false],
          ["COUNT()", false],
        ],
        explanation: "LAG looks back and LEAD looks ahead within the window's ordering; COALESCE and COUNT do not address other rows.",
      },
      {
        prompt: "What does PARTITION BY do in an OVER clause?",
        kind: "single",
        options: [
          ["Restarts the calculation for each group without collapsing rows", true],
          ["Groups rows into one output row per group, like GROUP BY", false],
          ["Sorts the final result", false],
        ],
        explanation: "Unlike GROUP BY, a window keeps every row; PARTITION BY only decides which rows each calculation sees.",
      },
    ],
  },
  {
    courseSlug: "sql-for-analysts",
    modulePosition: 1,
    title: "Check your understanding: single-table queries",
    passPercent: 60,
    questions: [
      {
        prompt: "Which condition finds customers with no phone number?",
        kind: "single",
        options: [
          ["phone IS NULL", true],
          ["phone = NULL", false],
          ["phone = ''", false],
        ],
        explanation: "Comparing with = NULL is never true; NULL needs IS NULL.",
      },
      {
        prompt: "Which clauses does the database evaluate before SELECT?",
        kind: "multiple",
        options: [
          ["FROM", true],
          ["WHERE", true],
          ["ORDER BY", false],
        ],
        explanation: "FROM and WHERE come first; ORDER BY runs after SELECT, which is why it may use column aliases.",
      },
    ],
  },
];
