// Public API of the PAR Index rules: the framework format, scoring, "where we lose points", the formula language.
export { Framework, StoredFramework, Criterion, CriterionInput, CriterionCode, InputKey, Rule, Band, ValueSource, OnNoData } from './framework-schema';
export { parseFormula, evaluateFormula, evaluateAst, formulaNames, MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './formula';
export type { FormulaAst, FormulaInputs, FormulaInputValue, FormulaResult, ParseResult, BinaryOp } from './formula';
export { scoreCriterion, scoreFramework, clampScore } from './score';
export type { CriterionInputs, CriterionScore, FrameworkInputs, FrameworkScore, InputValue, ScoredCriterion } from './score';
export { listLostPoints, suggestImprovement } from './lost-points';
export type { Improvement, LostPoints } from './lost-points';
export { copyFrameworkToYear, describeIssue, fillMetricInputs, findCriterion, formatPath, listLeaves, validateFramework } from './framework-ops';
export type { CopyOptions, FrameworkIssue, FrameworkValidation } from './framework-ops';
export { METRIC_KEYS, METRIC_KEY_LIST } from './metric-keys';
export type { MetricKey } from './metric-keys';
export { RESPONSIBLE_UNITS, responsibleUnitName } from './responsible-units';
export type { ResponsibleUnitCode } from './responsible-units';
export { formatViNumber, formatViPercent, formatViPoints, roundTo } from './vi-format';
export { HP_SGDDT_2023 } from './frameworks/hp-sgddt-2023';
