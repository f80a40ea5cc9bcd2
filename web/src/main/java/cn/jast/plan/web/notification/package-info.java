/**
 * Notifications by e-mail and in the pages (issue #14): queued in the transaction of the event that causes
 * them ({@link cn.jast.plan.web.notification.Notifications}, the one narrow interface the other features call),
 * sent by a worker with leases and back-off ({@link cn.jast.plan.web.notification.OutboxSender}), reminders
 * before the deadlines ({@link cn.jast.plan.web.notification.ReminderService}), the user's list and the office's
 * outbox ({@link cn.jast.plan.web.notification.NotificationService}).
 */
package cn.jast.plan.web.notification;
