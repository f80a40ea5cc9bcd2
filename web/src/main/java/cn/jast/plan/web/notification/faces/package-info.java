/** The pages of notifications: each user's list on their home (unread marked, mark read) and the office's outbox with resend. */
package cn.jast.plan.web.notification.faces;
