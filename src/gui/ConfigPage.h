#pragma once

#include "core/Result.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QComboBox;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QFormLayout;
class QFileSystemWatcher;
class QTimer;

namespace Berth::Config {
class ConfigSession;
class RubyErbRenderer;
class YamlNode;
} // namespace Berth::Config

namespace Berth::Gui {

class KeyValueEditor;
class ListEditor;

// The Config page: deploy.yml through forms, section by section, with Kamal's validation at
// each field and in a list, the YAML as it will be saved, undo/redo, and a diff before every
// save. It only presents: loading, editing, validating and saving live in ConfigSession.
class ConfigPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigPage(QWidget *parent = nullptr);
    ~ConfigPage() override;

    // The session to show and edit; not owned (MainWindow owns it). Null: no project.
    void setSession(Config::ConfigSession *session);

    // The editor widget bound to a Kamal path such as "proxy/app_port" (for tests and for
    // jumping to a field from a diagnostic).
    [[nodiscard]] QWidget *fieldFor(const QString &path) const;
    // Opens the section that holds `path` and focuses its field.
    void showPath(const QString &path);
    // Saves after showing the diff; `confirm` false skips the dialog (tests, scripts).
    void save(bool confirm = true);
    // The secrets .kamal/secrets resolved to (names only): env/secret shows which are set.
    void setResolvedSecrets(const QSet<QString> &names);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The user wants to change the project variable `name` a field's value comes from.
    void changeVariableRequested(const QString &name);

private:
    struct Field;
    struct Collection;
    void buildSections();
    QWidget *addSection(const QString &title, const QString &hint);
    Field &addText(QFormLayout *form, const QString &label, const QString &path,
                   const QString &help);
    Field &addInteger(QFormLayout *form, const QString &label, const QString &path,
                      const QString &help);
    Field &addBoolean(QFormLayout *form, const QString &label, const QString &path,
                      const QString &help, bool fallback = false);
    // A map or list of the file shown in a table; `path` may hold {role} (the role shown) and
    // is resolved when used, so the same editor follows the role switcher.
    KeyValueEditor *addMap(QLayout *layout, const QString &name, const QString &path,
                           const QString &keyHeader, const QString &valueHeader);
    ListEditor *addList(QLayout *layout, const QString &name, const QString &path,
                        const QString &placeholder);
    // `path` with {role} replaced by the role shown; empty when that role cannot hold settings.
    [[nodiscard]] QString resolved(const QString &path) const;
    // Why the role shown cannot hold settings (written as a plain host list); empty if it can.
    [[nodiscard]] QString roleSettingsUnavailable() const;
    void report(const Result<void> &done);
    void commitField(Field &field);
    // What a checkbox shows while its key is not set: Kamal's default.
    [[nodiscard]] bool fallbackOf(const Field &field) const;
    void applySourceEdit();
    // The "computed by Ruby" banner, and rendering with the real Ruby once the user opted in.
    void refreshRuby();
    void setRubyOptIn(bool on);
    [[nodiscard]] bool rubyOptIn() const;
    [[nodiscard]] int computedByRubyCount() const;
    // The YAML view's text with plain line breaks.
    [[nodiscard]] QString sourceText() const;
    void removeAccessory();
    void refresh();
    void refreshFields();
    void refreshLists();
    void refreshDiagnostics();
    void refreshSource();
    void showDiagnosticAt(const QTreeWidgetItem *item);
    // Shows the YAML view's line where `path` (or its nearest written parent) is.
    void revealInSource(const QString &path);
    void addAccessory(const QString &templateId, const QString &defaultName);
    void watchFiles();

    QPointer<Config::ConfigSession> m_session;
    QListWidget *m_sectionList = nullptr;
    QStackedWidget *m_sections = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_sourceFile = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QTreeWidget *m_diagnostics = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_changedBanner = nullptr;
    QLabel *m_changedLabel = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleNote = nullptr;
    QTreeWidget *m_accessories = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_sourceEditTimer = nullptr;
    Config::RubyErbRenderer *m_ruby = nullptr;
    QTimer *m_rubyTimer = nullptr;
    QWidget *m_rubyBanner = nullptr;
    QLabel *m_rubyLabel = nullptr;
    QPushButton *m_rubyButton = nullptr;
    std::shared_ptr<const Config::YamlNode> m_rubyRoot; // the configuration as Ruby renders it
    QString m_rubyProblem;
    std::optional<QSet<QString>> m_resolvedSecrets; // unknown until the Secrets page resolved
    int m_previousSource = 0; // the file the YAML view showed before the combo box changed
    std::vector<std::unique_ptr<Field>> m_fields;
    std::vector<std::unique_ptr<Collection>> m_collections;
    bool m_refreshing = false;
    QString m_lastPath; // the field the user was last in
};

} // namespace Berth::Gui
