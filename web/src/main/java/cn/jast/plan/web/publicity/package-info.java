/** Application service for public notices (公示), objections and approval. */
package cn.jast.plan.web.publicity;
