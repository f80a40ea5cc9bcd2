/** The pages of accounts: the office's societies and accounts (register, make, reset, unlock), and each person's own password. */
package cn.jast.plan.web.account.faces;
