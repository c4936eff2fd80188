// Shapes of the hand-written demo catalog. The seed turns these into rows; keeping
// the content as typed data (not SQL) lets the compiler catch a wrong skill or
// provider slug before the seed ever runs.

export type SeedLevel = "beginner" | "intermediate" | "advanced";

export type SeedProvider = {
  slug: string;
  name: string;
  url: string;
  description: string; // markdown, 2–4 sentences
};

export type SeedSkill = {
  slug: string;
  name: string;
  description: string;
  framework?: "ESCO" | "O*NET";
  code?: string;
};

export type SeedLesson = {
  title: string;
  /** Markdown teaching text: real explanations, examples, lists; 120–250 words. */
  body: string;
  durationMinutes: number;
  isPreview?: boolean;
  videoUrl?: string;
};

export type SeedModule = {
  title: string;
  lessons: SeedLesson[];
};

export type SeedCourse = {
  slug: string;
  title: string;
  providerSlug: string;
  skillSlugs: string[];
  /** One sentence, 120–200 characters. */
  summary: string;
  /** Markdown: 2–4 short paragraphs and/or a list describing the course. */
  description: string;
  level: SeedLevel;
  /** BCP 47 language tag of the teaching language: "en", "es", "de", "fr", "pt". */
  language: string;
  durationMinutes: number;
  /** Integer minor units (cents); 0 means free. */
  priceAmount: number;
  currency: "USD" | "EUR" | "GBP";
  outcomes: string[];
  requirements: string[];
  modules: SeedModule[];
  /** How long ago (days) the course was published, so "newest first" is believable. */
  publishedDaysAgo: number;
};

export type SeedQuestion = {
  prompt: string;
  kind: "single" | "multiple";
  /** Label and whether it is a right answer. */
  options: [label: string, correct: boolean][];
  /** Shown to a learner who got the question wrong. */
  explanation: string;
};

export type SeedQuiz = {
  courseSlug: string;
  /** 1-based position of the module the quiz ends. */
  modulePosition: number;
  title: string;
  passPercent: number;
  questions: SeedQuestion[];
};
