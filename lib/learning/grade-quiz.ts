export type AnswerKeyQuestion = { id: string; explanation: string | null; options: { id: string; isCorrect: boolean }[] };
export type QuestionFeedback = { questionId: string; correct: boolean; explanation: string | null; correctOptionIds: string[] | null };
export type QuizGrade = { correctCount: number; questionCount: number; scorePercent: number; passed: boolean; feedback: QuestionFeedback[] };

// Pure grading. A question counts only when exactly the right options are chosen
// (no partial credit for multiple choice); unknown option ids are ignored, so a
// crafted answer can only lose points. Which answers were right is revealed once
// the learner passes, so retries stay honest; until then they learn which
// questions were wrong and why.
export function gradeQuiz(questions: AnswerKeyQuestion[], passPercent: number, answers: Record<string, string[]>): QuizGrade {
  const graded = questions.map((q) => {
    const valid = new Set(q.options.map((o) => o.id));
    const chosen = new Set((answers[q.id] ?? []).filter((id) => valid.has(id)));
    const right = q.options.filter((o) => o.isCorrect).map((o) => o.id);
    const correct = chosen.size === right.length && right.every((id) => chosen.has(id));
    return { q, correct, right };
  });
  const correctCount = graded.filter((g) => g.correct).length;
  const questionCount = questions.length;
  const scorePercent = questionCount === 0 ? 100 : Math.floor((correctCount * 100) / questionCount);
  const passed = scorePercent >= passPercent;
  return {
    correctCount,
    questionCount,
    scorePercent,
    passed,
    feedback: graded.map(({ q, correct, right }) => ({
      questionId: q.id,
      correct,
      explanation: correct && !passed ? null : q.explanation,
      correctOptionIds: passed ? right : null,
    })),
  };
}
