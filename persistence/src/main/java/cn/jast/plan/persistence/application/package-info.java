/** Storage of applications (申报书), the atomic submission that checks the LIMIT rules under the society's lock, and paper-copy receipts. */
package cn.jast.plan.persistence.application;
