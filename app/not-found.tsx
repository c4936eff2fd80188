import { StatusPage } from "@/components/status-page";
import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <StatusPage
      code="404"
      title="We couldn't find that page"
      actions={
        <>
          <ButtonLink href="/courses">Browse courses</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            Go home
          </ButtonLink>
        </>
      }
    >
      The link may be old, or the course may no longer be offered.
    </StatusPage>
  );
}
