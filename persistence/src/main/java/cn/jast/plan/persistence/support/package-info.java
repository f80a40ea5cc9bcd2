/** Small helpers every feature package uses: instants as fixed-width UTC text, SHA-256, JSON text, transactions in Java SE. */
package cn.jast.plan.persistence.support;
