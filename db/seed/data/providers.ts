import type { SeedProvider } from "./types";

export const providers: SeedProvider[] = [
  {
    slug: "northwind-data-academy",
    name: "Northwind Data Academy",
    url: "https://northwind-data.example",
    description:
      "Practitioner-led training in analytics and data engineering. Our instructors ship dashboards and pipelines for a living, and every course ends with a project you can show an employer.",
  },
  {
    slug: "bastion-security-institute",
    name: "Bastion Security Institute",
    url: "https://bastion-security.example",
    description:
      "Hands-on security education from incident responders and penetration testers. We teach defenders to think like attackers, with labs modelled on real incidents.",
  },
  {
    slug: "stratus-cloud-school",
    name: "Stratus Cloud School",
    url: "https://stratus-cloud.example",
    description:
      "Cloud architecture, DevOps and platform engineering taught by engineers who run production systems. Vendor-neutral first, provider-specific where it matters.",
  },
  {
    slug: "signal-marketing-lab",
    name: "Signal Marketing Lab",
    url: "https://signal-marketing.example",
    description:
      "Growth and digital marketing courses built on measurable outcomes: search, content, paid media and analytics, taught by people who have owned a revenue number.",
  },
  {
    slug: "form-and-function-design",
    name: "Form & Function Design School",
    url: "https://formfunction.example",
    description:
      "User experience, interface and service design for people who build products. Short studio-style courses with critique, not just theory.",
  },
  {
    slug: "meridian-project-institute",
    name: "Meridian Project Institute",
    url: "https://meridian-projects.example",
    description:
      "Project and product management for teams that deliver: agile, planning, risk and stakeholder work, aligned with the competences employers ask for.",
  },
  {
    slug: "cortex-ai-collective",
    name: "Cortex AI Collective",
    url: "https://cortex-ai.example",
    description:
      "Machine learning and applied AI from research engineers. We favour understanding over recipes: every model you train, you also learn to evaluate and explain.",
  },
  {
    slug: "ledgerline-business-school",
    name: "Ledgerline Business School",
    url: "https://ledgerline.example",
    description:
      "Finance, operations and leadership micro-credentials for working professionals, taught in English, Spanish and German by former CFOs and operators.",
  },
];
