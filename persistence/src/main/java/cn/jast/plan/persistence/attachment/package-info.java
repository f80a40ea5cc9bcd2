/** Attachments and evidence files stored in the database with their SHA-256 and size, under a configured maximum size. */
package cn.jast.plan.persistence.attachment;
