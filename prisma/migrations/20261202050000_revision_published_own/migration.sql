-- An administrator's publication of values they entered or changed is its own step in a
-- figure's history ("published_own", as the audit log already records it), shown in the
-- reader's language. It used to be a "published" revision with an English sentence appended to
-- the typed reason; the reason is now only what the reviewer typed.
UPDATE figure_revision
SET action = 'published_own',
    reason = NULLIF(regexp_replace(reason, ' ?\(published by an administrator who entered or changed its values\)$', ''), '')
WHERE action = 'published'
  AND reason LIKE '%(published by an administrator who entered or changed its values)';
