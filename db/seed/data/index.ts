import { coursesDataAi } from "./courses-data-ai";
import { coursesMarketingDesignPm } from "./courses-marketing-design-pm";
import { coursesSecurityCloud } from "./courses-security-cloud";
import type { SeedCourse } from "./types";

export { providers as demoProviders } from "./providers";
export { skills as demoSkills } from "./skills";
export { quizzes as demoQuizzes } from "./quizzes";

export const demoCourses: SeedCourse[] = [...coursesDataAi, ...coursesSecurityCloud, ...coursesMarketingDesignPm];
