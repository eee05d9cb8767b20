;;; eglot-e2e.el --- Emacs + eglot against `factlsp serve', in batch mode  -*- lexical-binding: t -*-

;; Run by scripts/test-emacs.sh:
;;   emacs --batch -l tests/emacs/eglot-e2e.el
;; Inputs come from the environment, as for the Neovim test (tests/neovim/lua/factlsp_e2e/run.lua):
;; FACTLSP_E2E_WORKSPACE, FACTLSP_E2E_ARTICLE, FACTLSP_E2E_SERVER_CMD (a JSON array),
;; FACTLSP_E2E_EXPECTED (`factlsp check --format json .' in the workspace),
;; FACTLSP_E2E_REQUIRED_RULES, FACTLSP_E2E_HOVER_BY, FACTLSP_E2E_HOVER_NAME.
;; Exits 0 when every check passes, 1 otherwise.

;;; Code:

;; Debian's elpa-* packages (eglot, markdown-mode) are on the load path through its site-start.
(require 'cl-lib)
(require 'json)
(require 'subr-x)
(require 'eglot)
(require 'flymake)
(require 'markdown-mode nil t)           ; elpa-markdown-mode; text-mode stands in without it

(defvar factlsp-e2e--failures 0)

(defun factlsp-e2e--say (fmt &rest args)
  (princ (concat "emacs-e2e: " (apply #'format fmt args) "\n") #'external-debugging-output))

(defun factlsp-e2e--pass (fmt &rest args)
  (factlsp-e2e--say "ok - %s" (apply #'format fmt args)))

(defun factlsp-e2e--fail (fmt &rest args)
  (cl-incf factlsp-e2e--failures)
  (factlsp-e2e--say "FAIL - %s" (apply #'format fmt args)))

(defun factlsp-e2e--env (name)
  (let ((v (getenv name)))
    (if (or (null v) (string-empty-p v))
        (error "Missing environment variable %s (run scripts/test-emacs.sh)" name)
      v)))

(defun factlsp-e2e--wait (seconds predicate)
  "Process events until PREDICATE holds or SECONDS pass; return PREDICATE's last value."
  (let ((deadline (+ (float-time) seconds)) result)
    (while (and (not (setq result (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    result))

;; Root detection: the folder holding factlsp.yaml or people.yaml is the project (as in docs/editors.md).
(defun factlsp-project-find (dir)
  (when-let ((root (or (locate-dominating-file dir "factlsp.yaml")
                       (locate-dominating-file dir "people.yaml"))))
    (cons 'transient (expand-file-name root))))
(add-hook 'project-find-functions #'factlsp-project-find)

(defvar factlsp-e2e--published (make-hash-table :test 'equal)
  "URI -> the latest diagnostics vector the server published for it.")

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (puthash uri diagnostics factlsp-e2e--published))

(defun factlsp-e2e--keys-from-check (json-file relative)
  "Sorted \"LINE:rule\" keys (0-based lines) that `factlsp check' reports for RELATIVE."
  (let* ((json-object-type 'plist) (json-array-type 'list)
         (report (json-read-file json-file)))
    (sort (cl-loop for d in (plist-get report :diagnostics)
                   when (equal (plist-get d :path) relative)
                   collect (format "%d:%s" (1- (plist-get d :line)) (plist-get d :rule)))
          #'string<)))

(defun factlsp-e2e--keys-from-lsp (diagnostics)
  (sort (cl-loop for d across diagnostics
                 collect (format "%d:%s" (plist-get (plist-get (plist-get d :range) :start) :line)
                                 (plist-get d :code)))
        #'string<))

(defun factlsp-e2e--hover-text (contents)
  "The text of a hover's CONTENTS: MarkupContent, MarkedString or a list of them."
  (cond ((stringp contents) contents)
        ((vectorp contents) (mapconcat #'factlsp-e2e--hover-text contents "\n"))
        ((plist-get contents :value))
        (t "")))

(defun factlsp-e2e--run ()
  (let* ((workspace (directory-file-name (expand-file-name (factlsp-e2e--env "FACTLSP_E2E_WORKSPACE"))))
         (relative (factlsp-e2e--env "FACTLSP_E2E_ARTICLE"))
         (command (append (json-read-from-string (factlsp-e2e--env "FACTLSP_E2E_SERVER_CMD")) nil))
         (expected (factlsp-e2e--keys-from-check (factlsp-e2e--env "FACTLSP_E2E_EXPECTED") relative))
         (required (split-string (factlsp-e2e--env "FACTLSP_E2E_REQUIRED_RULES")))
         (timeout (/ (string-to-number (factlsp-e2e--env "FACTLSP_E2E_TIMEOUT_MS")) 1000.0))
         (mode (if (fboundp 'markdown-mode) 'markdown-mode 'text-mode)))
    (factlsp-e2e--say "Emacs %s, eglot from %s, %s; server: %s" emacs-version
                      (file-name-directory (locate-library "eglot")) mode (string-join command " "))
    ;; The configuration docs/editors.md gives.
    (add-to-list 'eglot-server-programs `((markdown-mode gfm-mode text-mode) . ,command))
    (find-file (expand-file-name relative workspace))
    (funcall mode)
    (let ((root (project-root (project-current))))
      (unless (equal (directory-file-name (expand-file-name root)) workspace)
        (factlsp-e2e--fail "project root %s, expected %s" root workspace)))
    ;; What `M-x eglot' does, without its prompts.
    (apply #'eglot (eglot--guess-contact))
    (let* ((server (eglot-current-server))
           (uri (eglot--path-to-uri (buffer-file-name)))
           (latest (lambda () (let ((d (gethash uri factlsp-e2e--published)))
                                (and d (factlsp-e2e--keys-from-lsp d))))))
      (unless server (error "eglot did not connect"))
      (factlsp-e2e--pass "eglot connected")
      (let ((matched (factlsp-e2e--wait timeout (lambda () (equal (funcall latest) expected))))
            (keys (funcall latest)))
        (cond ((null (gethash uri factlsp-e2e--published))
               (factlsp-e2e--fail "no textDocument/publishDiagnostics for %s within %s s" uri timeout))
              (t
               (factlsp-e2e--say "received %d diagnostics for the article" (length keys))
               (dolist (rule required)
                 (if (cl-some (lambda (k) (string-suffix-p (concat ":" rule) k)) keys)
                     (factlsp-e2e--pass "diagnostic %s received" rule)
                   (factlsp-e2e--fail "no %s diagnostic received" rule)))
               (if matched
                   (factlsp-e2e--pass "the %d diagnostics equal `factlsp check' (line and rule)" (length expected))
                 (factlsp-e2e--fail "the diagnostics differ from `factlsp check': missing %S, unexpected %S"
                                    (cl-set-difference expected keys :test #'equal)
                                    (cl-set-difference keys expected :test #'equal)))
               ;; What the user sees: Flymake's diagnostics in the buffer.
               (flymake-start)
               (factlsp-e2e--wait 10 (lambda () (= (length (flymake-diagnostics)) (length keys))))
               (if (= (length (flymake-diagnostics)) (length keys))
                   (factlsp-e2e--pass "Flymake shows the %d diagnostics" (length keys))
                 (factlsp-e2e--fail "Flymake shows %d diagnostics, the server published %d"
                                    (length (flymake-diagnostics)) (length keys))))))
      ;; Hover, when the server offers it.
      ;; Hover is judged when the server advertises it; without hoverProvider the check is skipped
      ;; loudly (hover not served yet), or fails with FACTLSP_E2E_REQUIRE_HOVER=1.
      (if (not (eglot--server-capable :hoverProvider))
          (if (equal (getenv "FACTLSP_E2E_REQUIRE_HOVER") "1")
              (factlsp-e2e--fail "the server does not advertise hoverProvider (FACTLSP_E2E_REQUIRE_HOVER=1)")
            (factlsp-e2e--say "WARNING: hover not served yet: no hoverProvider; the hover check is skipped"))
        (let ((by (factlsp-e2e--env "FACTLSP_E2E_HOVER_BY"))
              (name (factlsp-e2e--env "FACTLSP_E2E_HOVER_NAME")))
          (goto-char (point-min))
          (if (not (search-forward (concat "{.quote by=" by) nil t))
              (factlsp-e2e--fail "no .quote by=%s to hover on" by)
            (search-backward "[" (line-beginning-position))
            (forward-char 2)
            (let* ((hover (jsonrpc-request server :textDocument/hover
                                           (eglot--TextDocumentPositionParams)))
                   (text (factlsp-e2e--hover-text (plist-get hover :contents))))
              (if (string-match-p (regexp-quote name) text)
                  (factlsp-e2e--pass "hover on the quote names %s" name)
                (factlsp-e2e--fail "hover does not mention %s: %S" name text))))))
      (eglot-shutdown server nil 10)
      (if (jsonrpc-running-p server)
          (factlsp-e2e--fail "the server still runs after shutdown")
        (factlsp-e2e--pass "the server shut down")))))

(condition-case err
    (factlsp-e2e--run)
  (error (factlsp-e2e--fail "the test raised an error: %S" err)))
(factlsp-e2e--say (if (zerop factlsp-e2e--failures) "all checks passed"
                    (format "%d check(s) failed" factlsp-e2e--failures)))
(kill-emacs (if (zerop factlsp-e2e--failures) 0 1))

;;; eglot-e2e.el ends here
