/** User accounts and roles, PBKDF2 password hashes, and login throttling (failed-login counter, lock-out). */
package cn.jast.plan.persistence.account;
