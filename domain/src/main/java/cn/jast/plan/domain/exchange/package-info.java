/**
 * The JSON shapes of API.md for societies and applications: read strictly, with every bad field
 * named, and written canonically (the form that fingerprints and storage use).
 */
package cn.jast.plan.domain.exchange;
