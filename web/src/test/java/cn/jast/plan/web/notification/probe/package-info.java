/** Test-only settings of the notification ITs: mail to the GreenMail server the test starts. */
package cn.jast.plan.web.notification.probe;
