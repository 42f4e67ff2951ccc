// Every user-visible English string of lib/domain, keyed by code. Logic returns codes or
// takes a `Messages` object, so a Ukrainian `uk: Messages` can be added beside `en` later
// without touching the rules. Phrases that embed values are small functions, because word
// order and plural forms differ between languages.
import type {
  AgeGroup,
  BreakdownDimension,
  Domain,
  MeasureKind,
  PopulationGroup,
  PublicationStatus,
  Qualifier,
  Reliability,
  Role,
  Sex,
  SourceKind,
  VerificationStatus,
} from "./enums";
import type { Credibility } from "./grades";
import type { FreshnessLevel } from "./chart-series";
import type { PasswordProblem } from "./password-policy";
import type { PublicationAction, ReasonedAction } from "./status";

const reliability: Record<Reliability, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

const credibility: Record<Credibility, string> = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
};

/** How a qualifier reads in front of a number: "at least 8,000,000". */
const qualifierPhrase: Record<Qualifier, string> = {
  exact: "exactly",
  approximately: "about",
  at_least: "at least",
  at_most: "at most",
  more_than: "more than",
  less_than: "less than",
};

const wholeNumber = (n: number) => n.toLocaleString("en-GB");

const en = {
  reliability,
  credibility,
  /** "B2: source usually reliable; information probably true" (for a title or tooltip). */
  gradeDescription: (grade: string, r: Reliability, c: Credibility) =>
    `${grade}: source ${reliability[r].toLowerCase()}; information ${credibility[c].toLowerCase()}`,

  qualifierPhrase,
  /** Option labels of the qualifier select. */
  qualifierLabel: {
    exact: "Exactly",
    approximately: "About (approximately)",
    at_least: "At least",
    at_most: "At most",
    more_than: "More than",
    less_than: "Less than",
  } satisfies Record<Qualifier, string>,

  estimate: {
    noInformation: "no information",
    qualified: (phrase: string, best: string) => `${phrase} ${best}`,
    range: (low: string, high: string) => `${low}–${high}`,
    withRange: (main: string, range: string) => `${main} (${range})`,
  },

  measureKind: {
    stock: "A stock as of a date (e.g. people displaced now)",
    cumulative: "A running total since a start date (e.g. killed since 24 February 2022)",
    period: "A count during a stated period (e.g. convoys in a month)",
  } satisfies Record<MeasureKind, string>,

  verification: {
    reported: "Reported",
    corroborated: "Corroborated",
    verified: "Verified",
    disputed: "Disputed",
  } satisfies Record<VerificationStatus, string>,
  verificationDescription: {
    reported: "Stated by the source; not yet checked against other sources.",
    corroborated: "Consistent with at least one independent source.",
    verified: "Checked and confirmed by our staff.",
    disputed: "Contradicted by other credible sources.",
  } satisfies Record<VerificationStatus, string>,

  publicationStatus: {
    draft: "Draft",
    submitted: "Submitted for review",
    published: "Published",
    rejected: "Rejected",
    retracted: "Retracted",
  } satisfies Record<PublicationStatus, string>,
  publicationAction: {
    submit: "Submit for review",
    withdraw: "Withdraw from review",
    publish: "Publish",
    reject: "Reject",
    return: "Send back to the editor",
    revise: "Revise",
    retract: "Retract",
  } satisfies Record<PublicationAction, string>,

  role: { editor: "Editor", reviewer: "Reviewer", admin: "Administrator" } satisfies Record<Role, string>,
  domain: {
    displacement: "Displacement",
    casualties: "Casualties",
    infrastructure: "Infrastructure damage",
    access: "Humanitarian access",
  } satisfies Record<Domain, string>,
  sourceKind: {
    un_agency: "UN agency",
    government: "Government",
    party_to_conflict: "Party to the conflict",
    ngo: "Non-governmental organisation",
    media: "Media",
    researcher: "Researcher",
    other: "Other",
  } satisfies Record<SourceKind, string>,
  breakdownDimension: {
    sex: "Sex",
    age_group: "Age group",
    population_group: "Civilian or military",
  } satisfies Record<BreakdownDimension, string>,
  sex: { female: "Female", male: "Male" } satisfies Record<Sex, string>,
  ageGroup: { child: "Children", adult: "Adults", older_person: "Older people" } satisfies Record<AgeGroup, string>,
  populationGroup: { civilian: "Civilian", military: "Military" } satisfies Record<PopulationGroup, string>,

  freshness: {
    fresh: "Fresh",
    ageing: "Ageing",
    stale: "Stale",
  } satisfies Record<FreshnessLevel, string>,
  age: (days: number) => (days === 0 ? "as of today" : days === 1 ? "1 day old" : `${wholeNumber(days)} days old`),

  errors: {
    indicatorRequired: "Choose an indicator.",
    locationRequired: "Choose a location.",
    sourceRequired: "Choose a source.",
    invalidChoice: "Choose one of the options in the list.",

    asOfRequired: "Enter the “as of” date.",
    occurredOnRequired: "Enter the date of the event.",
    invalidDate: "Enter a real date in the form YYYY-MM-DD, for example 2023-05-20.",
    dateTooEarly: (earliest: string) => `Enter a date on or after ${earliest}.`,
    asOfInFuture: "The “as of” date cannot be in the future.",
    periodStartInFuture: "The start of the period cannot be in the future.",
    periodStartAfterAsOf: "The period cannot start after the “as of” date.",
    sourcePublishedInFuture: "The source’s publication date cannot be in the future.",
    occurredOnInFuture: "The date of the event cannot be in the future.",

    notWholeNumber: "Enter a whole number of 0 or more, for example 8,000,000.",
    numberTooLarge: (max: number) => `Enter a number no larger than ${wholeNumber(max)}.`,
    noInformationHasNumbers: "A figure marked “no information” cannot have numbers. Clear the numbers or untick “no information”.",
    bestRequired: "Enter the best estimate, or tick “no information”.",
    lowAndHighTogether: "Enter both the low and the high estimate, or leave both empty to use the best estimate.",
    lowAboveBest: "The low estimate cannot be higher than the best estimate.",
    bestAboveHigh: "The high estimate cannot be lower than the best estimate.",
    exactNeedsSingleNumber: "An exact figure is a single number: the low, best and high estimates must be equal.",
    lowMustEqualBest: (q: Qualifier) => `For “${qualifierPhrase[q]}” figures the low estimate must equal the best estimate.`,
    highMustEqualBest: (q: Qualifier) => `For “${qualifierPhrase[q]}” figures the high estimate must equal the best estimate.`,

    qualifierInvalid: "Choose how exact the figure is.",
    credibilityRequired: "Choose the credibility of the information, from 1 to 6.",
    verificationInvalid: "Choose a verification status.",
    checkboxInvalid: "Tick the box or leave it empty.",
    urlInvalid: "Enter a web address starting with http:// or https://.",
    textTooLong: (max: number) => `Use ${wholeNumber(max)} characters or fewer.`,
    titleRequired: "Enter a title.",
    versionInvalid: "This form is out of date. Reload the page and try again.",
    idInvalid: "This form names a record that cannot exist. Reload the page and try again.",
    textUnstorable: "Remove the invisible NUL character (often pasted from another program) from this text.",

    pcodeInvalid: "Enter a P-code: two capital letters, then digits or capitals, e.g. UA1402.",
    pcodeTaken: "Another place has this P-code already.",
    pcodeNotUnderParent: (parent: string) => `A place under ${parent} needs a P-code starting with ${parent}.`,
    placeNameRequired: "Enter the name.",
    adminLevelInvalid: "Choose a level from 0 (country) to 4 (settlement).",
    levelNotUnderParent: "The level must be one below the parent's level.",
    parentMissing: "Choose a parent that exists (or none for a country).",
    parentIsSelf: "A place cannot be inside itself or one of its own parts.",
    coordinateInvalid: "Enter a number: latitude −90 to 90, longitude −180 to 180.",
    coordinatesTogether: "Enter both latitude and longitude, or neither.",
    moveNeedsConfirmation: (figures: number) =>
      `Moving this place changes where ${figures} figure${figures === 1 ? "" : "s"} count in the charts. Tick the box to confirm.`,
    locationInUse: (figures: number, places: number) =>
      `Cannot delete: ${figures} figure(s) or events and ${places} place(s) below it refer to it.`,
    csvNoPcodeColumns:
      "No admin P-code columns found in the first line: expected columns like ADM1_PCODE, ADM1_EN, ADM1_UA (the COD layout) " +
      "or admin1Pcode, admin1Name_en, admin1Name_uk.",
    csvQuoteNotClosed: 'This line cannot be read as CSV: a quote (") opens a value that is never closed.',
    csvQuoteInside:
      'This line cannot be read as CSV: a quote (") stands inside a value; put the whole value in quotes and write the quote inside as "".',
    csvTextAfterQuote: "This line cannot be read as CSV: there is text after a quoted value's closing quote.",
    csvNotCsv: "This line cannot be read as CSV (comma-separated values).",
    csvFieldCount: (found: number, expected: number) =>
      `This line has ${found} value${found === 1 ? "" : "s"} where the first line names ${expected} columns: ` +
      "a comma too many or too few, or a value containing a comma that is not in quotes.",
    csvNameWithoutPcode: (column: string, name: string) => `The place “${name}” (${column}) has a name but no P-code.`,
    csvBadPcode: (pcode: string) => `The P-code “${pcode}” is not valid.`,
    csvMissingName: (pcode: string) => `The place ${pcode} needs both an English and a Ukrainian name.`,
    csvBadName: (pcode: string, problem: string) => `A name of the place ${pcode} is not accepted (${problem.replace(/[.\s]+$/, "")}).`,
    csvLevelGap: (pcode: string, level: number, parent: string | null) =>
      parent === null
        ? `The place ${pcode} is at admin level ${level} but the line names no place above it; fill in every level from admin0.`
        : `The place ${pcode} is at admin level ${level} but its parent ${parent} is not one level above; fill in every level in between.`,
    csvParentMismatch: (pcode: string, parent: string) => `The P-code ${pcode} does not start with its parent's P-code ${parent}.`,
    csvParentUnknown: (pcode: string, parent: string) => `The parent ${parent} of ${pcode} is neither in the file nor in the database.`,
    csvParentDiffers: (pcode: string, inDatabase: string, inFile: string) =>
      `The place ${pcode} is under ${inDatabase} in the database but under ${inFile} in the file; move it in the form instead.`,
    csvConflict: (pcode: string, line: number) => `The place ${pcode} is described differently on line ${line}.`,
    slugInvalid: "Use lower-case letters, digits and single hyphens, e.g. civilians-killed.",
    slugTaken: "Another indicator has this slug already.",
    domainInvalid: "Choose a domain.",
    indicatorNameRequired: "Enter the indicator's name.",
    unitRequired: "Enter the unit, e.g. people or buildings.",
    hxlInvalid: "Enter an HXL hashtag, e.g. #affected+idps (lower case, attributes after +).",
    displayOrderInvalid: "Enter a whole number of 0 or more.",
    breakdownInUse: (names: string) => `Figures use these breakdowns, so they must stay allowed: ${names}.`,
    sourceNameRequired: "Enter the source's name.",
    sourceNameTaken: "A source with this name exists already (names are compared ignoring case).",
    sourceKindInvalid: "Choose what kind of source this is.",
    reliabilityInvalid: "Choose a reliability grade from A to F.",
    gradeReasonRequired: "Say why the source has this grade: the reason is shown in the public grade history.",
    emailInvalid: "Enter an email address, for example name@example.org.",
    nameRequired: "Enter the person's name.",
    roleInvalid: "Choose a role: editor, reviewer or administrator.",
    passwordRequired: "Enter a password.",
    password: {
      too_short: "Use at least 12 characters. A few unrelated words make a good password.",
      too_long: "Use 128 characters or fewer.",
      common: "This password is on a list of common passwords that attackers try first. Choose another.",
      contains_email: "The password must not contain the email address.",
    } satisfies Record<PasswordProblem, string>,
    passwordsDiffer: "The two passwords are not the same.",
    currentPasswordRequired: "Enter your current password.",
    currentPasswordWrong: "This is not your current password.",
    passwordUnchanged: "Choose a password different from the current one.",

    actionInvalid: "This action is not available.",
    reasonRequired: {
      reject: "Say why this is rejected; the editor will see the reason.",
      return: "Say what the editor should change.",
      retract: "Say why this is retracted; the reason is shown publicly.",
    } satisfies Record<ReasonedAction, string>,
  },
};

/** The shape every translation must have. */
export type Messages = typeof en;

export const messages: Messages = en;
