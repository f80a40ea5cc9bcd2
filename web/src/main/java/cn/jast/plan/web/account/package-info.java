/** The office's care of user accounts: lifting the login throttle of an account, audited. */
package cn.jast.plan.web.account;
