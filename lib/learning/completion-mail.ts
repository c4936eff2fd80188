// Plain text, like every other mail (lib/mail/templates.ts).
export function completionMail(input: { name: string | null; courseTitle: string; courseSlug: string; appUrl: string; credentialUrl?: string | null }) {
  const greeting = input.name ? `Congratulations, ${input.name}!` : "Congratulations!";
  const credential = input.credentialUrl
    ? `\n\nYour verifiable credential (Open Badges 3.0) is ready to share and add to LinkedIn: ${input.credentialUrl}`
    : "";
  return {
    subject: `You completed ${input.courseTitle}`,
    text: `${greeting}\n\nYou finished every lesson and passed every quiz of "${input.courseTitle}".${credential}\n\nRate the course and see what to learn next: ${input.appUrl}/learn/${input.courseSlug}/complete\n\nAll your courses: ${input.appUrl}/learning`,
  };
}
