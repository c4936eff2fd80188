// Plain-text mails: readable in every client, nothing to sanitize.
export function magicLinkMail(url: string) {
  return {
    subject: "Your Microcred sign-in link",
    text: `Sign in to Microcred with this link:\n\n${url}\n\nThe link works once and expires in 10 minutes. If you did not ask for it, ignore this mail.`,
  };
}

export function passwordResetMail(url: string) {
  return {
    subject: "Reset your Microcred password",
    text: `Someone asked to reset the password of your Microcred account. To choose a new password, open:\n\n${url}\n\nThe link works once and expires in 30 minutes. If it wasn't you, ignore this mail; your password stays as it is.`,
  };
}

export function applicationDecisionMail(input: { organizationName: string; approved: boolean; reason: string | null; appUrl: string }) {
  return input.approved
    ? {
        subject: `${input.organizationName} is approved on Microcred`,
        text: `Good news: ${input.organizationName} is now a Microcred provider. Open your provider studio at ${input.appUrl}/provider to create your first course.${input.reason ? `\n\nNote from the reviewer: ${input.reason}` : ""}`,
      }
    : {
        subject: `Your Microcred provider application`,
        text: `Thank you for applying with ${input.organizationName}. We can't approve the application as it stands.\n\nReason: ${input.reason ?? "not given"}\n\nYou can apply again from ${input.appUrl}/account once you have addressed this.`,
      };
}
