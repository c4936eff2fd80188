import type { SeedSkill } from "./types";

// Codes are ESCO skill concept ids or O*NET-SOC occupation codes where one fits.
export const skills: SeedSkill[] = [
  { slug: "sql", name: "SQL", description: "Querying and shaping relational data.", framework: "ESCO", code: "S5.6.1" },
  { slug: "python", name: "Python", description: "Programming in Python for analysis, automation and services." },
  { slug: "data-analysis", name: "Data analysis", description: "Turning raw data into answers with statistics and visualisation.", framework: "O*NET", code: "15-2051.00" },
  { slug: "data-visualization", name: "Data visualization", description: "Charts and dashboards that people understand at a glance." },
  { slug: "machine-learning", name: "Machine learning", description: "Training, evaluating and deploying predictive models.", framework: "O*NET", code: "15-2051.01" },
  { slug: "generative-ai", name: "Generative AI", description: "Working with large language models: prompting, retrieval and evaluation." },
  { slug: "cybersecurity", name: "Cybersecurity", description: "Protecting systems, networks and data from attack.", framework: "O*NET", code: "15-1212.00" },
  { slug: "incident-response", name: "Incident response", description: "Detecting, containing and learning from security incidents." },
  { slug: "cloud-computing", name: "Cloud computing", description: "Designing and operating systems on public cloud platforms.", framework: "O*NET", code: "15-1241.00" },
  { slug: "kubernetes", name: "Kubernetes", description: "Running containerised workloads with Kubernetes." },
  { slug: "devops", name: "DevOps", description: "Continuous delivery, infrastructure as code and reliable operations." },
  { slug: "digital-marketing", name: "Digital marketing", description: "Reaching and converting customers through digital channels.", framework: "O*NET", code: "13-1161.01" },
  { slug: "seo", name: "Search engine optimisation", description: "Getting found in organic search." },
  { slug: "ux-design", name: "UX design", description: "Research-led design of products people can use.", framework: "O*NET", code: "15-1255.00" },
  { slug: "ui-design", name: "UI design", description: "Visual and interaction design of interfaces." },
  { slug: "project-management", name: "Project management", description: "Planning, delivering and controlling projects.", framework: "O*NET", code: "11-9199.00" },
  { slug: "agile", name: "Agile delivery", description: "Scrum, Kanban and iterative delivery." },
  { slug: "product-management", name: "Product management", description: "Discovering and shipping the right product." },
  { slug: "financial-analysis", name: "Financial analysis", description: "Reading statements, modelling and forecasting.", framework: "O*NET", code: "13-2051.00" },
  { slug: "leadership", name: "Leadership", description: "Leading teams, feedback and decision making." },
];
