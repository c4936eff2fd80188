import type { Db } from "@/db";
import { expireCatalogCache } from "@/lib/cache/expire-catalog-cache";
import { refreshCatalogTerms } from "@/lib/catalog/refresh-catalog-terms";
import { deliverCompletion } from "@/lib/learning/deliver-completion";
import { deliverQueuedMail } from "@/lib/mail/deliver-queued-mail";
import { deliverOrderReceipt, deliverRefundNotice } from "@/lib/mail/order-mails";
import { refundDuplicateJob } from "@/lib/payments/refund-duplicate-job";
import type { JobKind, ParsedJobPayload } from "./job-kinds";

type Handlers = { [K in JobKind]: (db: Db, payload: ParsedJobPayload<K>) => Promise<unknown> };

// Every handler may run more than once for the same job (a worker can die between the
// work and recording it), so each one is idempotent: keyed mail deliveries, a unique
// credential per learner and achievement, cache expiry and a view refresh.
export const jobHandlers: Handlers = {
  "mail-send": deliverQueuedMail,
  "order-receipt": (db, { orderId }) => deliverOrderReceipt(db, { orderId }),
  "order-refund-notice": deliverRefundNotice,
  "order-refund-duplicate": refundDuplicateJob,
  "course-completed": deliverCompletion,
  "catalog-invalidate": () => expireCatalogCache(),
  "catalog-refresh-terms": (db) => refreshCatalogTerms(db),
};
