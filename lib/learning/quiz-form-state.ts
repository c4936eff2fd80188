import type { QuestionFeedback } from "./grade-quiz";

// What the quiz form shows after a submission. Correct option ids are present only
// when the attempt passed (see gradeQuiz).
export type QuizFormState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | {
      status: "graded";
      attemptId: string;
      scorePercent: number;
      passPercent: number;
      correctCount: number;
      questionCount: number;
      passed: boolean;
      courseCompleted: boolean;
      feedback: QuestionFeedback[];
    };

export const idleQuiz: QuizFormState = { status: "idle" };
