-- Custom migration: the queue for automatic refunds of duplicate payments (lib/jobs/job-kinds.ts).
SELECT pgboss.create_queue('order-refund-duplicate', '{"policy":"standard","retryLimit":2,"retryDelay":3,"retryBackoff":true,"expireInSeconds":30}');
