/** Small helpers every feature package uses: instants as fixed-width UTC text, SHA-256, transactions in Java SE (JSON is written by the domain's JsonWriter). */
package cn.jast.plan.persistence.support;
