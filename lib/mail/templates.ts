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

export function orderReceiptMail(input: {
  orderId: string;
  courseTitle: string;
  providerName: string;
  amount: string;
  paidAt: Date;
  appUrl: string;
  courseSlug: string;
}) {
  return {
    subject: `Your receipt: ${input.courseTitle}`,
    text: [
      `Thank you for your purchase on Microcred.`,
      ``,
      `Course:   ${input.courseTitle}`,
      `Provider: ${input.providerName}`,
      `Amount:   ${input.amount}`,
      `Paid:     ${input.paidAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
      `Order:    ${input.orderId}`,
      ``,
      `Start learning: ${input.appUrl}/learn/${input.courseSlug}`,
      `Receipt and refunds: ${input.appUrl}/orders/${input.orderId}`,
    ].join("\n"),
  };
}

export function refundNoticeMail(input: { courseTitle: string; refunded: string; full: boolean; orderId: string; appUrl: string }) {
  return {
    subject: `Refund for ${input.courseTitle}`,
    text: `We refunded ${input.refunded} for "${input.courseTitle}". It usually reaches your account within 5–10 business days.${input.full ? " Your access to the course has ended." : ""}\n\nOrder details: ${input.appUrl}/orders/${input.orderId}`,
  };
}

export function refundRequestDecisionMail(input: { courseTitle: string; granted: boolean; note: string | null; orderId: string; appUrl: string }) {
  return input.granted
    ? { subject: `Refund approved: ${input.courseTitle}`, text: `Your refund request for "${input.courseTitle}" was approved. You will receive a separate notice when the refund is processed.\n\nOrder: ${input.appUrl}/orders/${input.orderId}` }
    : {
        subject: `Refund request: ${input.courseTitle}`,
        text: `Your refund request for "${input.courseTitle}" was declined.${input.note ? `\n\nReason: ${input.note}` : ""}\n\nOrder: ${input.appUrl}/orders/${input.orderId}`,
      };
}
