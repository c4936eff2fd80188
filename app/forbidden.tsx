import { StatusPage } from "@/components/status-page";
import { ButtonLink } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <StatusPage
      code="403"
      title="You don't have access to this page"
      actions={
        <>
          <ButtonLink href="/">Go home</ButtonLink>
          <ButtonLink href="/account" variant="secondary">
            Your account
          </ButtonLink>
        </>
      }
    >
      Your account doesn&apos;t have the role this page needs. If you think it should, contact the Microcred team.
    </StatusPage>
  );
}
