#include "gui/ConfigPage.h"

#include "core/config/AccessoryTemplates.h"
#include "core/config/ConfigSession.h"
#include "core/config/RubyErb.h"
#include "core/config/YamlWriter.h"
#include "gui/Appearance.h"
#include "gui/CollectionEditors.h"
#include "gui/PageHeader.h"
#include "gui/Pages.h"
#include "gui/YamlHighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Gui {

using namespace Berth::Config;

struct ConfigPage::Field
{
    enum class Kind { Text, Integer, Boolean };
    Kind kind = Kind::Text;
    QString path;
    QLineEdit *line = nullptr;
    QCheckBox *check = nullptr;
    QLabel *note = nullptr; // under the field: Kamal's message, or where an ERB value comes from
    int section = 0;
    bool fallback = false; // a checkbox shows Kamal's default while the key is not set
    bool fallbackFromSsl = false; // …which is "on unless proxy/ssl is on"

    QWidget *editor() const { return line ? static_cast<QWidget *>(line) : check; }
};

struct ConfigPage::Collection
{
    QString path; // may hold {role}, {hosts}, {env} or {role-env}: see resolved()
    KeyValueEditor *map = nullptr;
    ListEditor *list = nullptr;
};

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;
constexpr int FileRole = Qt::UserRole + 3;

// Roles as Kamal sees them: the array form of `servers` is the single role "web".
QStringList rolesOf(const YamlNodePtr &root)
{
    const YamlNodePtr servers = root ? root->value(QStringLiteral("servers")) : nullptr;
    if (!servers || !servers->isMap())
        return {QStringLiteral("web")};
    QStringList roles = servers->keys();
    roles.sort();
    return roles;
}

// Where the hosts of `role` are written (empty role: the primary one).
QString hostsPath(const YamlNodePtr &root, QString role = {})
{
    const YamlNodePtr servers = root ? root->value(QStringLiteral("servers")) : nullptr;
    if (!servers || servers->isSequence())
        return QStringLiteral("servers");
    const QStringList roles = servers->keys();
    if (role.isEmpty())
        role = roles.contains(QStringLiteral("web")) || roles.isEmpty() ? QStringLiteral("web")
                                                                        : roles.constFirst();
    const YamlNodePtr roleNode = servers->value(role);
    return roleNode && roleNode->isMap() ? QStringLiteral("servers/%1/hosts").arg(role)
                                         : QStringLiteral("servers/%1").arg(role);
}

QString scalarOf(const YamlNodePtr &node)
{
    if (!node || node->isNull())
        return {};
    if (node->isScalar())
        return node->scalar;
    return toYaml(node).trimmed();
}

} // namespace

ConfigPage::ConfigPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("configPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->addWidget(new PageHeader(Pages::icon(PageId::Config), Pages::title(PageId::Config),
                                  Pages::purpose(PageId::Config), this),
                   1);
    m_undo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save…"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Shows exactly what will change in your files, then saves"));
    for (QPushButton *button : {m_undo, m_redo, m_save})
        top->addWidget(button, 0, Qt::AlignTop);
    layout->addLayout(top);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->undo();
    });
    connect(m_redo, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->redo();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(true); });

    // Someone else changed the files: say so, and let the user choose.
    m_changedBanner = new QWidget(this);
    m_changedBanner->setObjectName(QStringLiteral("changedOnDiskBanner"));
    auto *banner = new QHBoxLayout(m_changedBanner);
    banner->setContentsMargins(8, 4, 8, 4);
    m_changedLabel = new QLabel(m_changedBanner);
    m_changedLabel->setWordWrap(true);
    auto *reload = new QPushButton(tr("Re&load from Disk"), m_changedBanner);
    reload->setObjectName(QStringLiteral("reloadButton"));
    banner->addWidget(m_changedLabel, 1);
    banner->addWidget(reload);
    m_changedBanner->setAutoFillBackground(true);
    m_changedBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_changedBanner->hide();
    layout->addWidget(m_changedBanner);
    connect(reload, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->reload();
        m_changedBanner->hide();
    });

    // Values computed by Ruby code: Berth does not run it unless the user asks.
    m_rubyBanner = new QWidget(this);
    m_rubyBanner->setObjectName(QStringLiteral("rubyBanner"));
    auto *rubyRow = new QHBoxLayout(m_rubyBanner);
    rubyRow->setContentsMargins(8, 4, 8, 4);
    m_rubyLabel = new QLabel(m_rubyBanner);
    m_rubyLabel->setWordWrap(true);
    m_rubyButton = new QPushButton(m_rubyBanner);
    m_rubyButton->setObjectName(QStringLiteral("rubyButton"));
    rubyRow->addWidget(m_rubyLabel, 1);
    rubyRow->addWidget(m_rubyButton);
    m_rubyBanner->setAutoFillBackground(true);
    m_rubyBanner->setBackgroundRole(QPalette::AlternateBase);
    m_rubyBanner->hide();
    layout->addWidget(m_rubyBanner);
    connect(m_rubyButton, &QPushButton::clicked, this, [this] { setRubyOptIn(!rubyOptIn()); });
    m_ruby = new RubyErbRenderer(this);
    m_rubyTimer = new QTimer(this);
    m_rubyTimer->setSingleShot(true);
    m_rubyTimer->setInterval(300);
    connect(m_rubyTimer, &QTimer::timeout, this, [this] {
        if (!m_session || !rubyOptIn())
            return;
        QStringList files;
        QHash<QString, QString> templates;
        for (const ConfigSource &source : m_session->config().sources) {
            files.append(source.path);
            templates.insert(source.path, source.templateText);
        }
        QHash<QString, QString> variables;
        for (const QString &name : m_session->config().variables) {
            if (const auto value = m_session->options().erb.variable
                    ? m_session->options().erb.variable(name)
                    : std::nullopt)
                variables.insert(name, *value);
        }
        if (!m_session->options().destination.isEmpty())
            variables.insert(QStringLiteral("KAMAL_DESTINATION"), m_session->options().destination);
        m_ruby->render(
            files, templates, variables,
            QFileInfo(m_session->options().configFile).dir().filePath(QStringLiteral("..")));
    });
    connect(m_ruby, &RubyErbRenderer::finished, this,
            [this](const QList<RubyErbRenderer::Outcome> &outcomes) {
                m_rubyProblem.clear();
                YamlNodePtr merged;
                for (const RubyErbRenderer::Outcome &outcome : outcomes) {
                    if (!outcome.ok) {
                        m_rubyProblem = QFileInfo(outcome.file).fileName() + QStringLiteral(": ")
                            + outcome.error;
                        break;
                    }
                    const YamlParseResult parsed = parseYaml(outcome.text, outcome.file);
                    if (!parsed.root) {
                        m_rubyProblem = parsed.error ? parsed.error->message : QString();
                        break;
                    }
                    merged = merged ? deepMerge(merged, parsed.root) : parsed.root;
                }
                m_rubyRoot = m_rubyProblem.isEmpty() ? merged : nullptr;
                refreshFields();
                refreshRuby();
            });
    connect(m_ruby, &RubyErbRenderer::failed, this, [this](const QString &message) {
        m_rubyRoot = nullptr;
        m_rubyProblem = message;
        refreshFields();
        refreshRuby();
    });

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    m_sectionList = new QListWidget(horizontal);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setAccessibleName(tr("Configuration sections"));
    m_sectionList->setMaximumWidth(200);
    m_tabs = new QTabWidget(horizontal);
    m_tabs->setObjectName(QStringLiteral("configTabs"));
    m_sections = new QStackedWidget(m_tabs);
    m_tabs->addTab(m_sections, tr("Form"));

    auto *sourceTab = new QWidget(m_tabs);
    auto *sourceLayout = new QVBoxLayout(sourceTab);
    m_sourceFile = new QComboBox(sourceTab);
    m_sourceFile->setAccessibleName(tr("File shown"));
    m_source = new QPlainTextEdit(sourceTab);
    m_source->setObjectName(QStringLiteral("yamlSource"));
    m_source->setAccessibleName(tr("YAML source"));
    m_source->setToolTip(tr("Edit the file directly; changes apply as you type, with undo"));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new YamlHighlighter(m_source->document(), Appearance::current() == ColorScheme::Dark);
    sourceLayout->addWidget(m_sourceFile);
    sourceLayout->addWidget(m_source, 1);
    m_tabs->addTab(sourceTab, tr("YAML"));
    connect(m_sourceFile, &QComboBox::currentIndexChanged, this, [this] {
        if (m_source->document()->isModified()) {
            // The typing shown belongs to the file shown before: apply it there first.
            const int shown = m_sourceFile->currentIndex();
            m_sourceFile->blockSignals(true);
            m_sourceFile->setCurrentIndex(m_previousSource);
            applySourceEdit();
            m_sourceFile->setCurrentIndex(shown);
            m_sourceFile->blockSignals(false);
        }
        m_previousSource = m_sourceFile->currentIndex();
        refreshSource();
    });
    // Typing in the YAML view becomes one edit of the file after a short pause, so the forms
    // and the problems list follow without re-validating on every key.
    m_sourceEditTimer = new QTimer(this);
    m_sourceEditTimer->setSingleShot(true);
    m_sourceEditTimer->setInterval(600);
    connect(m_sourceEditTimer, &QTimer::timeout, this, &ConfigPage::applySourceEdit);
    // textChanged also fires when the highlighter recolours; only typing marks it modified.
    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing && m_source->document()->isModified())
            m_sourceEditTimer->start();
    });
    // The YAML view opens where the field last edited is written.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (const auto &field : m_fields) {
            if (now && now == field->editor())
                m_lastPath = field->path;
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && !m_lastPath.isEmpty())
            revealInSource(m_lastPath);
    });

    horizontal->setStretchFactor(0, 0);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({180, 820});
    auto *bottom = new QWidget(vertical);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(bottom);
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_diagnostics = new QTreeWidget(bottom);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsView"));
    m_diagnostics->setAccessibleName(tr("Problems"));
    m_diagnostics->setHeaderLabels({tr("Problem"), tr("Where")});
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setWordWrap(true);
    m_diagnostics->header()->setStretchLastSection(false);
    m_diagnostics->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_diagnostics->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_diagnostics, 1);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
    connect(m_diagnostics, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showDiagnosticAt(item); });
    connect(m_sectionList, &QListWidget::currentRowChanged, m_sections,
            &QStackedWidget::setCurrentIndex);

    buildSections();
    m_sectionList->setCurrentRow(0);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_session)
            return;
        const QStringList changed = m_session->changedOnDisk();
        if (changed.isEmpty())
            return;
        m_changedLabel->setText(tr("%1 changed on disk. Reload to see the new version%2.")
                                    .arg(changed.join(QStringLiteral(", ")),
                                         m_session->isModified()
                                             ? tr(" (your unsaved edits are then lost)")
                                             : QString()));
        m_changedBanner->show();
        watchFiles(); // editors replace files; watch the new ones
    });
    refresh();
}

ConfigPage::~ConfigPage() = default;

QWidget *ConfigPage::addSection(const QString &title, const QString &hint)
{
    // Long sections scroll rather than squeeze their fields on small screens.
    auto *scroll = new QScrollArea(m_sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), hint.toHtmlEscaped()), page);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    scroll->setWidget(page);
    m_sections->addWidget(scroll);
    auto *item = new QListWidgetItem(title, m_sectionList);
    item->setSizeHint(QSize(0, 28));
    return page;
}

ConfigPage::Field &ConfigPage::addText(QFormLayout *form, const QString &label, const QString &path,
                                       const QString &help)
{
    auto field = std::make_unique<Field>();
    field->path = path;
    field->section = m_sections->count() - 1;
    field->line = new QLineEdit(form->parentWidget());
    field->line->setObjectName(QStringLiteral("field:") + path);
    field->line->setAccessibleName(label);
    field->line->setToolTip(help + QStringLiteral("\n(") + path + QLatin1Char(')'));
    field->line->setClearButtonEnabled(true);
    field->note = new QLabel(form->parentWidget());
    field->note->setWordWrap(true);
    field->note->setTextFormat(Qt::RichText);
    connect(field->note, &QLabel::linkActivated, this, &ConfigPage::changeVariableRequested);
    field->note->hide();
    auto *box = new QWidget(form->parentWidget());
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(field->line);
    boxLayout->addWidget(field->note);
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(field->line);
    form->addRow(labelWidget, box);
    Field *raw = field.get();
    connect(field->line, &QLineEdit::editingFinished, this, [this, raw] { commitField(*raw); });
    m_fields.push_back(std::move(field));
    return *raw;
}

ConfigPage::Field &ConfigPage::addInteger(QFormLayout *form, const QString &label,
                                          const QString &path, const QString &help)
{
    Field &field = addText(form, label, path, help);
    field.kind = Field::Kind::Integer;
    field.line->setValidator(new QIntValidator(0, 1000000, field.line));
    field.line->setMaximumWidth(140);
    return field;
}

ConfigPage::Field &ConfigPage::addBoolean(QFormLayout *form, const QString &label,
                                          const QString &path, const QString &help, bool fallback)
{
    auto field = std::make_unique<Field>();
    field->kind = Field::Kind::Boolean;
    field->fallback = fallback;
    field->path = path;
    field->section = m_sections->count() - 1;
    field->check = new QCheckBox(label, form->parentWidget());
    field->check->setObjectName(QStringLiteral("field:") + path);
    field->check->setToolTip(help + QStringLiteral("\n(") + path + QLatin1Char(')'));
    field->note = new QLabel(form->parentWidget());
    field->note->setWordWrap(true);
    field->note->setTextFormat(Qt::RichText);
    connect(field->note, &QLabel::linkActivated, this, &ConfigPage::changeVariableRequested);
    field->note->hide();
    form->addRow(QString(), field->check);
    form->addRow(QString(), field->note);
    Field *raw = field.get();
    connect(field->check, &QCheckBox::toggled, this, [this, raw] { commitField(*raw); });
    m_fields.push_back(std::move(field));
    return *raw;
}

void ConfigPage::buildSections()
{
    auto formFor = [](QWidget *page) {
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        static_cast<QVBoxLayout *>(page->layout())->addLayout(form);
        return form;
    };
    auto finish = [](QWidget *page) { static_cast<QVBoxLayout *>(page->layout())->addStretch(1); };

    QWidget *service = addSection(tr("Service"), tr("What is deployed and under which name."));
    QFormLayout *form = formFor(service);
    addText(form, tr("&Service name:"), QStringLiteral("service"),
            tr("Names containers and the proxy service; letters, digits, - and _"));
    addText(form, tr("&Image:"), QStringLiteral("image"),
            tr("Repository name in the registry, without the server"));
    finish(service);

    QWidget *servers = addSection(
        tr("Servers & roles"),
        tr("The hosts of each role (web runs the proxy; others such as job run workers)."));
    auto *roleRow = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("R&ole:"), servers);
    m_role = new QComboBox(servers);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    roleLabel->setBuddy(m_role);
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_role, 1);
    static_cast<QVBoxLayout *>(servers->layout())->addLayout(roleRow);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing) {
            refreshFields();
            refreshLists();
        }
    });
    auto *roleTabs = new QTabWidget(servers);
    roleTabs->setObjectName(QStringLiteral("roleTabs"));
    static_cast<QVBoxLayout *>(servers->layout())->addWidget(roleTabs, 1);
    auto *hostsTab = new QWidget(roleTabs);
    auto *hostsLayout = new QVBoxLayout(hostsTab);
    ListEditor *hosts = addList(hostsLayout, tr("Hosts"), QStringLiteral("{hosts}"),
                                tr("Address or name of a new host"));
    hosts->list()->setObjectName(QStringLiteral("hostsList"));
    hosts->newItemEdit()->setObjectName(QStringLiteral("newHostEdit"));
    hosts->addButton()->setObjectName(QStringLiteral("addHostButton"));
    hosts->removeButton()->setObjectName(QStringLiteral("removeHostButton"));
    roleTabs->addTab(hostsTab, tr("&Hosts"));

    auto *commandTab = new QWidget(roleTabs);
    auto *commandLayout = new QVBoxLayout(commandTab);
    m_roleNote = new QLabel(commandTab);
    m_roleNote->setWordWrap(true);
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    commandLayout->addWidget(m_roleNote);
    auto *commandForm = new QFormLayout;
    commandForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    commandLayout->addLayout(commandForm);
    addText(commandForm, tr("Co&mmand:"), QStringLiteral("servers/{role}/cmd"),
            tr("Runs instead of the image's CMD, e.g. bin/jobs for a worker role"));
    commandLayout->addWidget(new QLabel(tr("Docker options:"), commandTab));
    addMap(commandLayout, tr("Docker options"), QStringLiteral("servers/{role}/options"),
           tr("Option"), tr("Value"))
        ->setPlaceholders(tr("e.g. memory"), tr("e.g. 512m"));
    roleTabs->addTab(commandTab, tr("Command && &options"));

    auto *labelsTab = new QWidget(roleTabs);
    auto *labelsLayout = new QVBoxLayout(labelsTab);
    addMap(labelsLayout, tr("Labels"), QStringLiteral("servers/{role}/labels"), tr("Label"),
           tr("Value"));
    roleTabs->addTab(labelsTab, tr("&Labels"));

    auto *roleEnvTab = new QWidget(roleTabs);
    auto *roleEnvLayout = new QVBoxLayout(roleEnvTab);
    roleEnvLayout->addWidget(new QLabel(
        tr("Variables for this role only, on top of the Environment section:"), roleEnvTab));
    addMap(roleEnvLayout, tr("Role variables"), QStringLiteral("{role-env}"), tr("Variable"),
           tr("Value"))
        ->setPlaceholders(tr("NAME"), tr("value"));
    roleTabs->addTab(roleEnvTab, tr("&Environment"));

    QWidget *proxy = addSection(
        tr("Proxy"), tr("How kamal-proxy routes requests to the app and checks its health."));
    form = formFor(proxy);
    addText(form, tr("&Host name:"), QStringLiteral("proxy/host"),
            tr("The domain the app answers on"));
    addBoolean(form, tr("Automatic &HTTPS (Let's Encrypt)"), QStringLiteral("proxy/ssl"),
               tr("Needs a host name that points at the server"));
    addInteger(form, tr("&App port:"), QStringLiteral("proxy/app_port"),
               tr("The port the app listens on inside its container (default 80)"));
    addText(form, tr("Health check &path:"), QStringLiteral("proxy/healthcheck/path"),
            tr("Must answer 200 when the app is ready (default /up)"));
    addInteger(form, tr("Health check &interval (s):"),
               QStringLiteral("proxy/healthcheck/interval"), tr("Seconds between checks"));
    addInteger(form, tr("Health check &timeout (s):"), QStringLiteral("proxy/healthcheck/timeout"),
               tr("Seconds before one check fails"));
    addInteger(form, tr("&Response timeout (s):"), QStringLiteral("proxy/response_timeout"),
               tr("How long a request may take"));
    addText(form, tr("Path &prefix:"), QStringLiteral("proxy/path_prefix"),
            tr("Serve the app under a path, e.g. /app (comma-separated for several)"));
    addBoolean(form, tr("Redirect HTTP to HTTPS"), QStringLiteral("proxy/ssl_redirect"),
               tr("With automatic HTTPS, send plain HTTP requests to HTTPS"), true);
    addBoolean(form, tr("Forward X-Forwarded-* headers"), QStringLiteral("proxy/forward_headers"),
               tr("Pass the client's address and protocol on to the app (kamal-proxy does this "
                  "by default without HTTPS)"))
        .fallbackFromSsl
        = true;
    addBoolean(form, tr("Buffer re&quests"), QStringLiteral("proxy/buffering/requests"),
               tr("kamal-proxy reads whole requests before passing them on"), true);
    addBoolean(form, tr("Buffer responses"), QStringLiteral("proxy/buffering/responses"),
               tr("kamal-proxy reads whole responses before sending them"), true);
    auto *headers = new QHBoxLayout;
    auto *requestHeaders = new QVBoxLayout;
    requestHeaders->addWidget(new QLabel(tr("Request headers logged:"), proxy));
    addList(requestHeaders, tr("Request headers logged"),
            QStringLiteral("proxy/logging/request_headers"), tr("Header name"))
        ->setDefaultNote(tr("Cache-Control, Last-Modified, User-Agent (Kamal's default)"));
    auto *responseHeaders = new QVBoxLayout;
    responseHeaders->addWidget(new QLabel(tr("Response headers logged:"), proxy));
    addList(responseHeaders, tr("Response headers logged"),
            QStringLiteral("proxy/logging/response_headers"), tr("Header name"));
    headers->addLayout(requestHeaders);
    headers->addLayout(responseHeaders);
    static_cast<QVBoxLayout *>(proxy->layout())->addLayout(headers);
    auto *runHeading = new QLabel(
        tr("<b>Proxy container</b> — shared by every app on a host; changes apply on the next "
           "proxy reboot."),
        proxy);
    runHeading->setWordWrap(true);
    static_cast<QVBoxLayout *>(proxy->layout())->addWidget(runHeading);
    form = formFor(proxy);
    addInteger(form, tr("HTTP port:"), QStringLiteral("proxy/run/http_port"),
               tr("Host port for plain HTTP (default 80)"));
    addInteger(form, tr("HTTPS port:"), QStringLiteral("proxy/run/https_port"),
               tr("Host port for HTTPS (default 443)"));
    addInteger(form, tr("Metrics port:"), QStringLiteral("proxy/run/metrics_port"),
               tr("Exposes Prometheus metrics on this port"));
    addText(form, tr("Log size limit:"), QStringLiteral("proxy/run/log_max_size"),
            tr("Docker's max-size for the proxy's log (default 10m)"));
    addText(form, tr("Proxy version:"), QStringLiteral("proxy/run/version"),
            tr("kamal-proxy image tag (Kamal 2.12 uses v0.9.2)"));
    addBoolean(form, tr("Publish the ports"), QStringLiteral("proxy/run/publish"),
               tr("Off: the proxy is only reachable on the Docker network"), true);
    addBoolean(form, tr("Debug logging"), QStringLiteral("proxy/run/debug"),
               tr("kamal-proxy logs every request in detail"));
    finish(proxy);

    QWidget *env = addSection(tr("Environment"),
                              tr("Variables for the app's containers. Secret values live in "
                                 ".kamal/secrets and the keychain, never here."));
    KeyValueEditor *clear = addMap(env->layout(), tr("Clear variables"), QStringLiteral("{env}"),
                                   tr("Variable"), tr("Value"));
    clear->table()->setObjectName(QStringLiteral("envClearTable"));
    clear->newKeyEdit()->setObjectName(QStringLiteral("newEnvName"));
    clear->newValueEdit()->setObjectName(QStringLiteral("newEnvValue"));
    clear->addButton()->setObjectName(QStringLiteral("addEnvButton"));
    clear->setPlaceholders(tr("NAME"), tr("value"));
    auto *secretLabel = new QLabel(tr("Secret variables (values from .kamal/secrets):"), env);
    env->layout()->addWidget(secretLabel);
    ListEditor *secrets = addList(env->layout(), tr("Secret variables"),
                                  QStringLiteral("env/secret"), tr("NAME of a secret"));
    secrets->list()->setObjectName(QStringLiteral("envSecretList"));
    secretLabel->setBuddy(secrets->list());

    QWidget *registry = addSection(
        tr("Registry"),
        tr("Where images are pushed and pulled. The password is a secret name, not a value."));
    form = formFor(registry);
    addText(form, tr("&Server:"), QStringLiteral("registry/server"),
            tr("e.g. ghcr.io; empty for Docker Hub"));
    addText(form, tr("&User name:"), QStringLiteral("registry/username"), tr("Registry user"));
    finish(registry);

    QWidget *builder = addSection(tr("Builder"), tr("How the image is built before it is pushed."));
    form = formFor(builder);
    addText(form, tr("&Architecture:"), QStringLiteral("builder/arch"),
            tr("amd64 or arm64 (the servers' CPU)"));
    addText(form, tr("&Dockerfile:"), QStringLiteral("builder/dockerfile"),
            tr("Default: Dockerfile"));
    addText(form, tr("&Context:"), QStringLiteral("builder/context"),
            tr("Default: a clean clone of git HEAD; . for the working tree"));
    addText(form, tr("&Remote builder:"), QStringLiteral("builder/remote"),
            tr("ssh://user@host to build on another machine"));
    addBoolean(
        form, tr("Build locally for matching architectures"), QStringLiteral("builder/local"),
        tr("Off: always use the remote builder, even for this machine's architecture"), true);
    addText(form, tr("Cache &type:"), QStringLiteral("builder/cache/type"),
            tr("gha or registry; empty for no build cache"));
    addText(form, tr("Cache &image:"), QStringLiteral("builder/cache/image"),
            tr("For the registry cache: the image that holds it"));
    addText(form, tr("Cache &options:"), QStringLiteral("builder/cache/options"),
            tr("Extra cache options, e.g. mode=max"));
    builder->layout()->addWidget(new QLabel(tr("Build arguments:"), builder));
    addMap(builder->layout(), tr("Build arguments"), QStringLiteral("builder/args"), tr("Argument"),
           tr("Value"));
    builder->layout()->addWidget(
        new QLabel(tr("Build secrets (names from .kamal/secrets):"), builder));
    addList(builder->layout(), tr("Build secrets"), QStringLiteral("builder/secrets"),
            tr("NAME of a secret"));

    QWidget *ssh = addSection(tr("SSH"), tr("How Berth and Kamal reach the servers."));
    form = formFor(ssh);
    addText(form, tr("&User:"), QStringLiteral("ssh/user"), tr("Default: root"));
    addInteger(form, tr("&Port:"), QStringLiteral("ssh/port"), tr("Default: 22"));
    addText(form, tr("&Jump host:"), QStringLiteral("ssh/proxy"),
            tr("host or user@host to connect through"));
    addBoolean(form, tr("Use only the keys listed below"), QStringLiteral("ssh/keys_only"),
               tr("Ignore other keys from the agent and ~/.ssh"));
    ssh->layout()->addWidget(new QLabel(tr("Key files:"), ssh));
    addList(ssh->layout(), tr("Key files"), QStringLiteral("ssh/keys"),
            tr("e.g. ~/.ssh/id_ed25519"))
        ->setDefaultNote(tr("The agent's keys and ~/.ssh/id_* (the default)"));
    finish(ssh);

    QWidget *accessories = addSection(tr("Accessories"),
                                      tr("Databases, caches and backups that run beside the app."));
    m_accessories = new QTreeWidget(accessories);
    m_accessories->setObjectName(QStringLiteral("accessoriesView"));
    m_accessories->setAccessibleName(tr("Accessories"));
    m_accessories->setHeaderLabels({tr("Name"), tr("Image"), tr("Host"), tr("Port")});
    m_accessories->setRootIsDecorated(false);
    static_cast<QVBoxLayout *>(accessories->layout())->addWidget(m_accessories, 1);
    auto *accessoryButton = new QPushButton(tr("Add &Accessory"), accessories);
    accessoryButton->setObjectName(QStringLiteral("addAccessoryButton"));
    auto *templates = new QMenu(accessoryButton);
    const auto available = AccessoryTemplates::all();
    for (const AccessoryTemplate &choice : available) {
        QAction *action = templates->addAction(
            choice.title, this, [this, choice] { addAccessory(choice.id, choice.defaultName); });
        action->setObjectName(QStringLiteral("template:") + choice.id);
        action->setToolTip(choice.description);
        action->setStatusTip(choice.description);
    }
    templates->setToolTipsVisible(true);
    accessoryButton->setMenu(templates);
    auto *removeAccessoryButton = new QPushButton(tr("Remove…"), accessories);
    removeAccessoryButton->setObjectName(QStringLiteral("removeAccessoryButton"));
    removeAccessoryButton->setEnabled(false);
    connect(removeAccessoryButton, &QPushButton::clicked, this, &ConfigPage::removeAccessory);
    connect(m_accessories, &QTreeWidget::currentItemChanged, removeAccessoryButton,
            [removeAccessoryButton](const QTreeWidgetItem *current) {
                removeAccessoryButton->setEnabled(current != nullptr);
            });
    auto *accessoryRow = new QHBoxLayout;
    accessoryRow->addStretch(1);
    accessoryRow->addWidget(removeAccessoryButton);
    accessoryRow->addWidget(accessoryButton);
    static_cast<QVBoxLayout *>(accessories->layout())->addLayout(accessoryRow);

    QWidget *aliases = addSection(tr("Aliases"), tr("Shortcuts for commands you run often."));
    KeyValueEditor *aliasTable = addMap(aliases->layout(), tr("Aliases"), QStringLiteral("aliases"),
                                        tr("Alias"), tr("Command"));
    aliasTable->table()->setObjectName(QStringLiteral("aliasesTable"));
    aliasTable->setPlaceholders(tr("e.g. console"),
                                tr("e.g. app exec -i --reuse \"bin/rails console\""));

    QWidget *advanced
        = addSection(tr("Advanced"), tr("Retention, timeouts, boot order and logging."));
    form = formFor(advanced);
    addInteger(form, tr("&Retained containers:"), QStringLiteral("retain_containers"),
               tr("Old releases kept for rollback (default 5)"));
    addInteger(form, tr("&Deploy timeout (s):"), QStringLiteral("deploy_timeout"),
               tr("How long a new version may take to become healthy (default 30)"));
    addInteger(form, tr("D&rain timeout (s):"), QStringLiteral("drain_timeout"),
               tr("How long old containers may finish requests (default 30)"));
    addInteger(form, tr("Readiness &delay (s):"), QStringLiteral("readiness_delay"),
               tr("For roles without the proxy (default 7)"));
    addInteger(form, tr("&Stop timeout (s):"), QStringLiteral("stop_timeout"),
               tr("How long docker stop waits before killing a container"));
    addText(form, tr("&Boot limit:"), QStringLiteral("boot/limit"),
            tr("Hosts started at a time: a number, or a share such as 25%"));
    addInteger(form, tr("Boot &wait (s):"), QStringLiteral("boot/wait"),
               tr("Seconds to wait after each group of hosts"));
    addText(form, tr("&Log driver:"), QStringLiteral("logging/driver"),
            tr("Docker log driver; without one, logs are capped at 10 MB"));
    advanced->layout()->addWidget(new QLabel(tr("Log options:"), advanced));
    addMap(advanced->layout(), tr("Log options"), QStringLiteral("logging/options"), tr("Option"),
           tr("Value"))
        ->setPlaceholders(tr("e.g. max-size"), tr("e.g. 100m"));

    // Empty fields show what Kamal uses when the key is not set.
    const QList<std::pair<QString, QString>> defaults {
        {QStringLiteral("proxy/app_port"), QStringLiteral("80")},
        {QStringLiteral("proxy/healthcheck/path"), QStringLiteral("/up")},
        {QStringLiteral("proxy/healthcheck/interval"), QStringLiteral("1")},
        {QStringLiteral("proxy/healthcheck/timeout"), QStringLiteral("5")},
        {QStringLiteral("proxy/response_timeout"), QStringLiteral("30")},
        {QStringLiteral("builder/dockerfile"), QStringLiteral("Dockerfile")},
        {QStringLiteral("ssh/user"), QStringLiteral("root")},
        {QStringLiteral("ssh/port"), QStringLiteral("22")},
        {QStringLiteral("retain_containers"), QStringLiteral("5")},
        {QStringLiteral("deploy_timeout"), QStringLiteral("30")},
        {QStringLiteral("drain_timeout"), QStringLiteral("30")},
        {QStringLiteral("readiness_delay"), QStringLiteral("7")},
    };
    for (const auto &[path, value] : defaults) {
        if (auto *edit = qobject_cast<QLineEdit *>(fieldFor(path)))
            edit->setPlaceholderText(tr("%1 (Kamal's default)").arg(value));
    }
}

void ConfigPage::setSession(Config::ConfigSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ConfigSession::changed, this, &ConfigPage::refresh);
    m_ruby->cancel();
    m_rubyRoot = nullptr;
    m_rubyProblem.clear();
    m_resolvedSecrets.reset();
    m_changedBanner->hide();
    watchFiles();
    refresh();
}

void ConfigPage::watchFiles()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_session)
        return;
    for (const ConfigSource &source : m_session->config().sources)
        m_watcher->addPath(source.path);
}

QWidget *ConfigPage::fieldFor(const QString &path) const
{
    for (const auto &field : m_fields) {
        if (field->path == path || resolved(field->path) == path)
            return field->editor();
    }
    return nullptr;
}

void ConfigPage::showPath(const QString &path)
{
    for (const auto &field : m_fields) {
        const QString at = resolved(field->path);
        if (!at.isEmpty() && (path == at || path.startsWith(at + QLatin1Char('/')))) {
            m_tabs->setCurrentIndex(0);
            m_sectionList->setCurrentRow(field->section);
            field->editor()->setFocus();
            return;
        }
    }
    static const QHash<QString, int> sections {{QStringLiteral("servers"), 1},
                                               {QStringLiteral("env"), 3},
                                               {QStringLiteral("accessories"), 7},
                                               {QStringLiteral("aliases"), 8}};
    const QString root = path.section(QLatin1Char('/'), 0, 0);
    if (sections.contains(root)) {
        m_tabs->setCurrentIndex(0);
        m_sectionList->setCurrentRow(sections.value(root));
    }
}

QString ConfigPage::roleSettingsUnavailable() const
{
    const YamlNodePtr root = m_session ? m_session->config().effective : nullptr;
    const YamlNodePtr servers = root ? root->value(QStringLiteral("servers")) : nullptr;
    const QString role = m_role->currentText();
    if (servers && servers->isSequence())
        return tr("The servers are written as a plain list of hosts, the single role “web”. To "
                  "give a role its own command, options, labels or variables, write its hosts "
                  "under servers/web/hosts in the YAML view.");
    const YamlNodePtr roleNode = servers && !role.isEmpty() ? servers->value(role) : nullptr;
    if (roleNode && roleNode->isSequence())
        return tr("The role “%1” is written as a plain list of hosts. To give it its own "
                  "command, options, labels or variables, write its hosts under "
                  "servers/%1/hosts in the YAML view.")
            .arg(role);
    return {};
}

QString ConfigPage::resolved(const QString &path) const
{
    const YamlNodePtr root = m_session ? m_session->config().effective : nullptr;
    const QString role = m_role->currentText();
    if (path == QLatin1String("{hosts}"))
        return hostsPath(root, role);
    // Variables go where the file already writes them: under clear: when it uses the
    // clear/secret form (or has no env yet), else straight under env:.
    const auto variablesIn = [&root](const QString &envPath) -> QString {
        const YamlNodePtr env = root ? YamlEditor::find(root, envPath) : nullptr;
        const bool complex = !env || !env->isMap() || env->entries.isEmpty()
            || env->value(QStringLiteral("clear")) || env->value(QStringLiteral("secret"));
        return complex ? envPath + QStringLiteral("/clear") : envPath;
    };
    if (path == QLatin1String("{env}"))
        return variablesIn(QStringLiteral("env"));
    if (!path.contains(QLatin1String("{role")))
        return path;
    if (role.isEmpty() || !roleSettingsUnavailable().isEmpty())
        return {};
    if (path == QLatin1String("{role-env}"))
        return variablesIn(QStringLiteral("servers/%1/env").arg(role));
    return QString(path).replace(QLatin1String("{role}"), role);
}

void ConfigPage::report(const Result<void> &done)
{
    if (!done)
        Q_EMIT statusMessage(done.error().message);
}

KeyValueEditor *ConfigPage::addMap(QLayout *layout, const QString &name, const QString &path,
                                   const QString &keyHeader, const QString &valueHeader)
{
    auto *editor = new KeyValueEditor(name, keyHeader, valueHeader, this);
    layout->addWidget(editor);
    auto collection = std::make_unique<Collection>();
    collection->path = path;
    collection->map = editor;
    m_collections.push_back(std::move(collection));
    connect(editor, &KeyValueEditor::valueEdited, this,
            [this, path](const QString &key, const QString &value) {
                const QString at = resolved(path);
                if (m_session && !at.isEmpty())
                    report(m_session->set(at + QLatin1Char('/') + key, ScalarValue::string(value)));
            });
    connect(editor, &KeyValueEditor::entryAdded, this,
            [this, path, editor](const QString &key, const QString &value) {
                const QString at = resolved(path);
                if (!m_session || at.isEmpty())
                    return;
                if (key.contains(QLatin1Char('/'))) {
                    Q_EMIT statusMessage(tr("A name cannot contain “/”."));
                    return;
                }
                if (YamlEditor::find(m_session->config().effective, at + QLatin1Char('/') + key)) {
                    Q_EMIT statusMessage(
                        tr("“%1” is already there; edit its value in the table.").arg(key));
                    return;
                }
                const auto done
                    = m_session->set(at + QLatin1Char('/') + key, ScalarValue::string(value));
                report(done);
                if (done)
                    editor->clearInput();
            });
    connect(editor, &KeyValueEditor::entryRemoved, this, [this, path](const QString &key) {
        const QString at = resolved(path);
        if (m_session && !at.isEmpty())
            report(m_session->remove(at + QLatin1Char('/') + key));
    });
    return editor;
}

ListEditor *ConfigPage::addList(QLayout *layout, const QString &name, const QString &path,
                                const QString &placeholder)
{
    auto *editor = new ListEditor(name, placeholder, this);
    layout->addWidget(editor);
    auto collection = std::make_unique<Collection>();
    collection->path = path;
    collection->list = editor;
    m_collections.push_back(std::move(collection));
    connect(editor, &ListEditor::itemAdded, this, [this, path, editor](const QString &text) {
        const QString at = resolved(path);
        if (!m_session || at.isEmpty())
            return;
        const auto done = m_session->append(at, ScalarValue::string(text));
        report(done);
        if (done)
            editor->newItemEdit()->clear();
    });
    connect(editor, &ListEditor::itemRemoved, this, [this, path](int index) {
        const QString at = resolved(path);
        if (m_session && !at.isEmpty())
            report(m_session->remove(at + QStringLiteral("/%1").arg(index)));
    });
    return editor;
}

void ConfigPage::commitField(Field &field)
{
    const QString path = resolved(field.path);
    if (m_refreshing || !m_session || path.isEmpty())
        return;
    const YamlNodePtr current = YamlEditor::find(m_session->config().effective, path);
    ScalarValue value;
    switch (field.kind) {
    case Field::Kind::Text:
        if (field.line->text() == scalarOf(current))
            return;
        value = ScalarValue::string(field.line->text());
        break;
    case Field::Kind::Integer:
        if (field.line->text() == scalarOf(current) || field.line->text().isEmpty())
            return;
        value = ScalarValue::integer(field.line->text().toLongLong());
        break;
    case Field::Kind::Boolean:
        if ((current && current->isBoolean() ? current->booleanValue() : fallbackOf(field))
            == field.check->isChecked())
            return;
        value = ScalarValue::boolean(field.check->isChecked());
        break;
    }
    const auto done = m_session->set(path, value);
    if (!done) {
        field.note->setText(done.error().message.toHtmlEscaped());
        field.note->setForegroundRole(QPalette::BrightText);
        field.note->show();
        Q_EMIT statusMessage(done.error().message);
    }
}

void ConfigPage::removeAccessory()
{
    const QTreeWidgetItem *item = m_accessories->currentItem();
    if (!item || !m_session)
        return;
    const QString name = item->text(0);
    if (QMessageBox::question(
            this, tr("Remove accessory"),
            tr("Remove “%1” from the configuration? Its container and data on the servers stay "
               "until you remove them there (Servers page).")
                .arg(name))
        != QMessageBox::Yes)
        return;
    report(m_session->remove(QStringLiteral("accessories/") + name));
}

void ConfigPage::addAccessory(const QString &templateId, const QString &defaultName)
{
    if (!m_session)
        return;
    const YamlNodePtr root = m_session->config().effective;
    // A free name: db, db-2, db-3, …
    QString name = defaultName;
    for (int n = 2; YamlEditor::find(root, QStringLiteral("accessories/") + name); ++n)
        name = defaultName + QStringLiteral("-%1").arg(n);
    // On the primary role's first host, written the way the file writes it (ERB included).
    QString host = QStringLiteral("<%= ENV[\"KAMAL_SERVER_IP\"] %>");
    const QString firstHost = hostsPath(root) + QStringLiteral("/0");
    if (const ConfigSource *source = sourceForEdit(m_session->config(), firstHost)) {
        if (const YamlNodePtr node = YamlEditor::find(source->yaml.root, firstHost);
            node && node->isScalar())
            host = source->templateTextOf(*node);
    }
    const QString service = scalarOf(YamlEditor::find(root, QStringLiteral("service")));
    const auto done = m_session->insertMap(
        QStringLiteral("accessories/") + name,
        AccessoryTemplates::block(templateId, service.isEmpty() ? QStringLiteral("app") : service,
                                  host));
    Q_EMIT statusMessage(
        done ? tr("Added the accessory “%1”. Set its secrets on the Secrets page.").arg(name)
             : done.error().message);
}

void ConfigPage::refresh()
{
    const bool open = m_session != nullptr;
    setEnabled(open);
    m_undo->setEnabled(open && m_session->canUndo());
    m_redo->setEnabled(open && m_session->canRedo());
    m_save->setEnabled(open && m_session->isModified());
    refreshFields();
    refreshLists();
    refreshDiagnostics();
    refreshRuby();
    if (open && rubyOptIn() && computedByRubyCount() > 0)
        m_rubyTimer->start();
    // The file list follows the destination: base file, then the destination's.
    const QString shown = m_sourceFile->currentData().toString();
    m_sourceFile->blockSignals(true);
    m_sourceFile->clear();
    if (open) {
        for (const ConfigSource &source : m_session->config().sources)
            m_sourceFile->addItem(QFileInfo(source.path).fileName(), source.path);
        const int index = m_sourceFile->findData(shown);
        m_sourceFile->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_sourceFile->blockSignals(false);
    refreshSource();
}

void ConfigPage::setResolvedSecrets(const QSet<QString> &names)
{
    m_resolvedSecrets = names;
    refreshLists();
}

int ConfigPage::computedByRubyCount() const
{
    int count = 0;
    if (m_session) {
        for (const ConfigSource &source : m_session->config().sources) {
            for (const ErbTag &tag : source.erb.tags)
                count += tag.status == ErbTag::Status::ComputedByRuby ? 1 : 0;
        }
    }
    return count;
}

bool ConfigPage::rubyOptIn() const
{
    return m_session
        && QSettings().value(QStringLiteral("rubyErb/") + m_session->options().configFile).toBool();
}

void ConfigPage::setRubyOptIn(bool on)
{
    if (!m_session)
        return;
    QSettings().setValue(QStringLiteral("rubyErb/") + m_session->options().configFile, on);
    m_rubyRoot = nullptr;
    m_rubyProblem.clear();
    if (on)
        m_rubyTimer->start();
    else
        m_ruby->cancel();
    refreshFields();
    refreshRuby();
}

void ConfigPage::refreshRuby()
{
    const int count = computedByRubyCount();
    m_rubyBanner->setVisible(count > 0);
    if (count == 0)
        return;
    const bool haveRuby = !RubyErbRenderer::rubyExecutable().isEmpty();
    const bool on = rubyOptIn();
    QString text = tr("%n value(s) in these files are computed by Ruby code, which Berth keeps as "
                      "written and does not run by itself.",
                      nullptr, count);
    if (on && !m_rubyProblem.isEmpty())
        text += QLatin1Char(' ') + tr("Ruby says: %1").arg(m_rubyProblem);
    else if (on && m_ruby->isRunning())
        text += QLatin1Char(' ') + tr("Rendering with Ruby…");
    else if (on && m_rubyRoot)
        text += QLatin1Char(' ') + tr("The fields show what Ruby computes.");
    else if (!haveRuby)
        text += QLatin1Char(' ') + tr("Install Ruby to see those values.");
    m_rubyLabel->setText(text);
    m_rubyButton->setText(on ? tr("Stop Running Ruby") : tr("Show Values with Ruby"));
    m_rubyButton->setToolTip(tr("Runs the Ruby code in these files on this computer, as the kamal "
                                "command does, only to show the values"));
    m_rubyButton->setEnabled(haveRuby || on);
}

bool ConfigPage::fallbackOf(const Field &field) const
{
    if (!field.fallbackFromSsl)
        return field.fallback;
    const YamlNodePtr ssl = m_session
        ? YamlEditor::find(m_session->config().effective, QStringLiteral("proxy/ssl"))
        : nullptr;
    return !(ssl && ssl->isBoolean() && ssl->booleanValue());
}

void ConfigPage::refreshFields()
{
    m_refreshing = true;
    const YamlNodePtr root = m_session ? m_session->config().effective : nullptr;
    for (const auto &field : m_fields) {
        // A role's field is blank and disabled while the role cannot hold settings.
        const QString path = resolved(field->path);
        field->editor()->setEnabled(!path.isEmpty());
        const YamlNodePtr node = root && !path.isEmpty() ? YamlEditor::find(root, path) : nullptr;
        // A value rendered from ERB is not edited here: say where it comes from instead.
        QString erbTemplate;
        if (m_session && !path.isEmpty()) {
            if (const ConfigSource *source = sourceForEdit(m_session->config(), path)) {
                if (const YamlNodePtr written = YamlEditor::find(source->yaml.root, path)) {
                    const QString text = source->templateTextOf(*written);
                    if (text.contains(QLatin1String("<%")))
                        erbTemplate = text;
                }
            }
        }
        if (field->line) {
            if (!field->line->hasFocus())
                field->line->setText(scalarOf(node));
            field->line->setReadOnly(!erbTemplate.isEmpty());
            field->line->setClearButtonEnabled(erbTemplate.isEmpty());
        } else {
            field->check->setChecked(node && node->isBoolean() ? node->booleanValue()
                                                               : fallbackOf(*field));
            field->check->setEnabled(erbTemplate.isEmpty() && !path.isEmpty());
        }
        // Kamal's message for this field, if any.
        QString problem;
        if (m_session) {
            for (const Diagnostic &d : m_session->config().diagnostics) {
                if (!path.isEmpty() && d.path == path && d.severity == Severity::Error)
                    problem = d.message;
            }
        }
        if (!problem.isEmpty()) {
            field->note->setText(QStringLiteral("⚠ ") + problem.toHtmlEscaped());
            field->note->setForegroundRole(QPalette::BrightText);
            field->note->show();
        } else if (!erbTemplate.isEmpty() && node && node->isScalar()
                   && node->scalar.contains(QLatin1String("<%"))) {
            // Berth kept this tag for Ruby: show what Ruby computes, if the user asked.
            const YamlNodePtr computed = m_rubyRoot ? YamlEditor::find(m_rubyRoot, path) : nullptr;
            static const QRegularExpression secretLike(QStringLiteral("password|secret|token|key"),
                                                       QRegularExpression::CaseInsensitiveOption);
            field->note->setText(
                !computed ? tr("Computed by Ruby code, which Berth does not run: %1")
                                .arg(erbTemplate.toHtmlEscaped())
                    : secretLike.match(path).hasMatch()
                    ? tr("Computed by Ruby: ••••••• (hidden: it looks like a secret)")
                    : tr("Computed by Ruby: %1").arg(scalarOf(computed).toHtmlEscaped()));
            field->note->setForegroundRole(QPalette::PlaceholderText);
            field->note->show();
        } else if (!erbTemplate.isEmpty()) {
            // A value from a variable stays a template: offer to change the variable.
            static const QRegularExpression variable(
                QStringLiteral("ENV(?:\\[|\\.fetch\\(\\s*)[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']"));
            const QString name = variable.match(erbTemplate).captured(1);
            // "X = value" only when the field is the variable alone; a template that adds text
            // (`<%= ENV["USER"] %>/app`) would otherwise show the field's value as X's.
            static const QRegularExpression wholeTag(QStringLiteral("^\\s*<%=[^%]*%>\\s*$"));
            static const QRegularExpression secretLike(QStringLiteral("password|secret|token|key"),
                                                       QRegularExpression::CaseInsensitiveOption);
            const QString value
                = secretLike.match(path).hasMatch() ? QStringLiteral("•••••••") : scalarOf(node);
            field->note->setText(
                name.isEmpty() ? tr("Computed from %1").arg(erbTemplate.toHtmlEscaped())
                    : wholeTag.match(erbTemplate).hasMatch()
                    ? tr("From the variable %1 = %2 — <a href=\"%1\">change %1…</a>")
                          .arg(name, value.toHtmlEscaped())
                    : tr("Computed from %1, with the variable %2 — <a href=\"%2\">change %2…</a>")
                          .arg(erbTemplate.toHtmlEscaped(), name));
            field->note->setForegroundRole(QPalette::PlaceholderText);
            field->note->show();
        } else {
            field->note->hide();
        }
    }
    m_refreshing = false;
}

void ConfigPage::refreshLists()
{
    const YamlNodePtr root = m_session ? m_session->config().effective : nullptr;
    const QString role = m_role->currentText();
    const QStringList roles = rolesOf(root);
    if (roles != [this] {
            QStringList shown;
            for (int i = 0; i < m_role->count(); ++i)
                shown.append(m_role->itemText(i));
            return shown;
        }()) {
        const bool wasRefreshing = std::exchange(m_refreshing, true);
        m_role->clear();
        m_role->addItems(roles);
        m_role->setCurrentIndex(std::max(
            0, static_cast<int>(roles.indexOf(role.isEmpty() ? QStringLiteral("web") : role))));
        m_refreshing = wasRefreshing;
    }
    const QString roleProblem = m_session ? roleSettingsUnavailable() : QString();
    m_roleNote->setText(roleProblem);
    m_roleNote->setVisible(!roleProblem.isEmpty());

    for (const auto &collection : m_collections) {
        const QString path = resolved(collection->path);
        const YamlNodePtr node = root && !path.isEmpty() ? YamlEditor::find(root, path) : nullptr;
        const QString unavailable = !m_session ? QString()
            : path.isEmpty()                   ? roleProblem
                                               : QString();
        // The text as written for values computed by ERB: they are changed in the YAML view.
        const auto writtenAs = [this](const QString &at) -> QString {
            const ConfigSource *source
                = m_session ? sourceForEdit(m_session->config(), at) : nullptr;
            const YamlNodePtr written = source ? YamlEditor::find(source->yaml.root, at) : nullptr;
            const QString text = written ? source->templateTextOf(*written) : QString();
            return text.contains(QLatin1String("<%")) ? text : QString();
        };
        if (collection->map) {
            QList<std::pair<QString, QString>> entries;
            QStringList computed;
            if (node && node->isMap()) {
                const QStringList keys = node->keys();
                for (const QString &key : keys) {
                    const QString erb = writtenAs(path + QLatin1Char('/') + key);
                    if (!erb.isEmpty())
                        computed.append(key);
                    entries.append({key, erb.isEmpty() ? scalarOf(node->value(key)) : erb});
                }
            }
            collection->map->setEntries(entries, computed);
            collection->map->setUnavailable(unavailable);
        } else {
            QStringList items;
            if (node && node->isSequence()) {
                for (const YamlNodePtr &item : node->items) {
                    // `- host: tag` / `- host: [tag, …]`: the host, with its tags.
                    items.append(item->isMap() ? item->keys().value(0) + QStringLiteral("  (")
                                         + scalarOf(item->value(item->keys().value(0)))
                                               .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                         + QLatin1Char(')')
                                               : scalarOf(item));
                }
            }
            // Secret names say whether .kamal/secrets sets them (once the Secrets page read it).
            if (collection->path == QLatin1String("env/secret") && m_resolvedSecrets) {
                for (QString &name : items)
                    name = m_resolvedSecrets->contains(name)
                        ? tr("%1  — set in .kamal/secrets").arg(name)
                        : tr("%1  — ⚠ not set: define it in .kamal/secrets").arg(name);
            }
            collection->list->setItems(items);
            collection->list->setUnavailable(unavailable);
        }
    }

    m_accessories->clear();
    if (const YamlNodePtr accessories = root ? root->value(QStringLiteral("accessories")) : nullptr;
        accessories && accessories->isMap()) {
        const QStringList names = accessories->keys();
        for (const QString &name : names) {
            const YamlNodePtr accessory = accessories->value(name);
            if (!accessory || !accessory->isMap())
                continue;
            new QTreeWidgetItem(m_accessories,
                                {name, scalarOf(accessory->value(QStringLiteral("image"))),
                                 scalarOf(accessory->value(QStringLiteral("host"))),
                                 scalarOf(accessory->value(QStringLiteral("port")))});
        }
    }
}

void ConfigPage::refreshDiagnostics()
{
    m_diagnostics->clear();
    if (!m_session) {
        m_summary->clear();
        return;
    }
    int errors = 0;
    int warnings = 0;
    const QDir projectDir
        = QFileInfo(m_session->options().configFile).dir().filePath(QStringLiteral(".."));
    for (const Diagnostic &d : m_session->config().diagnostics) {
        (d.severity == Severity::Error ? errors : warnings) += 1;
        const QString where = d.location.file.isEmpty()
            ? QString()
            : QDir::cleanPath(projectDir.relativeFilePath(d.location.file))
                + (d.location.line > 0 ? QStringLiteral(":%1").arg(d.location.line) : QString());
        QString text
            = (d.path.isEmpty() || d.message.startsWith(d.path) ? QString()
                                                                : d.path + QStringLiteral(": "))
            + d.message;
        if (!d.hint.isEmpty())
            text += QLatin1Char('\n') + d.hint;
        auto *item = new QTreeWidgetItem(m_diagnostics, {text, where});
        item->setIcon(0,
                      style()->standardIcon(d.severity == Severity::Error
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning));
        item->setData(0, PathRole, d.path);
        item->setData(0, LineRole, d.location.line);
        item->setData(0, FileRole, d.location.file);
        item->setToolTip(0, text);
    }
    if (errors == 0 && warnings == 0)
        m_summary->setText(tr("✓ Kamal accepts this configuration."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(" — ")
                           + tr("double-click one to go to it."));
}

void ConfigPage::refreshSource()
{
    if (!m_session) {
        m_source->clear();
        return;
    }
    if (m_source->document()->isModified())
        return; // the user is typing: their text is newer than the session's
    const QString path = m_sourceFile->currentData().toString();
    for (const ConfigSource &source : m_session->config().sources) {
        if (source.path == path) {
            if (sourceText() != QString(source.templateText).remove(QLatin1Char('\r'))) {
                const bool wasRefreshing = std::exchange(m_refreshing, true);
                m_source->setPlainText(source.templateText);
                m_source->document()->setModified(false);
                m_refreshing = wasRefreshing;
            }
            return;
        }
    }
}

QString ConfigPage::sourceText() const
{
    // The raw text keeps every character (toPlainText() turns non-breaking spaces into
    // spaces); only the line separators are the document's own.
    return m_source->document()
        ->toRawText()
        .replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
        .replace(QChar::LineSeparator, QLatin1Char('\n'));
}

void ConfigPage::applySourceEdit()
{
    m_sourceEditTimer->stop();
    m_source->document()->setModified(false);
    if (!m_session)
        return;
    const QString path = m_sourceFile->currentData().toString();
    QString text = sourceText();
    for (const ConfigSource &source : m_session->config().sources) {
        if (source.path != path)
            continue;
        // The editor shows lines; the file keeps its own line endings.
        if (source.templateText.contains(QLatin1String("\r\n")))
            text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        report(m_session->setText(path, text));
        return;
    }
}

void ConfigPage::revealInSource(const QString &path)
{
    if (!m_session)
        return;
    const ConfigSource *source = sourceForEdit(m_session->config(), path);
    if (!source)
        return;
    // The deepest part of the path that is written in the file (a missing key shows its parent).
    QStringList parts = path.split(QLatin1Char('/'));
    YamlNodePtr node;
    while (!parts.isEmpty()
           && !(node = YamlEditor::find(source->yaml.root, parts.join(QLatin1Char('/')))))
        parts.removeLast();
    if (!node || node->offset < 0)
        return;
    const int index = m_sourceFile->findData(source->path);
    if (index >= 0)
        m_sourceFile->setCurrentIndex(index);
    const qsizetype offset = source->erb.templateOffset(node->offset);
    const int line
        = static_cast<int>(QStringView(source->templateText).left(offset).count(QLatin1Char('\n')));
    QTextCursor cursor(m_source->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
}

void ConfigPage::showDiagnosticAt(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString path = item->data(0, PathRole).toString();
    const int line = item->data(0, LineRole).toInt();
    if (fieldFor(path)) {
        showPath(path);
        return;
    }
    // No form field for it: show the line in the YAML view.
    const int index = m_sourceFile->findData(item->data(0, FileRole).toString());
    if (index >= 0)
        m_sourceFile->setCurrentIndex(index);
    m_tabs->setCurrentIndex(1);
    if (line > 0) {
        QTextCursor cursor(m_source->document()->findBlockByNumber(line - 1));
        m_source->setTextCursor(cursor);
        m_source->centerCursor();
    }
    m_source->setFocus();
}

void ConfigPage::save(bool confirm)
{
    if (!m_session || !m_session->isModified())
        return;
    if (confirm) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Save changes"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(
            new QLabel(tr("These lines will change; nothing else in your files moves:"), &dialog));
        auto *diff = new QPlainTextEdit(m_session->pendingDiff(), &dialog);
        diff->setObjectName(QStringLiteral("saveDiffView"));
        diff->setReadOnly(true);
        diff->setLineWrapMode(QPlainTextEdit::NoWrap);
        diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        diff->setMinimumSize(640, 320);
        layout->addWidget(diff);
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    const auto saved = m_session->save();
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
        return;
    }
    watchFiles();
    Q_EMIT statusMessage(tr("Saved."));
}

} // namespace Berth::Gui
