#include "gui/ExecDialog.h"

#include "ui_ExecDialog.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

namespace Berth::Gui {

namespace {

// Target keys: "app", "role:NAME", "accessory:NAME".
const QLatin1String AppTarget("app");
const QLatin1String RolePrefix("role:");
const QLatin1String AccessoryPrefix("accessory:");

} // namespace

ExecDialog::ExecDialog(const Kamal::KamalConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExecDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("execDialog"));
    QPushButton *run = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    run->setText(tr("&Run"));
    run->setObjectName(QStringLiteral("execRunButton"));

    const auto add = [this](const QString &text, const QString &key, const QStringList &hosts) {
        m_ui->targetCombo->addItem(text, key);
        m_hosts.insert(key, hosts);
    };
    if (!config.roles.isEmpty())
        add(config.roles.size() > 1 ? tr("The app (every role)") : tr("The app"), AppTarget,
            config.appHosts());
    if (config.roles.size() > 1) {
        const auto roles = config.rolesInOrder();
        for (const Kamal::Role *role : roles)
            add(tr("The app, role %1").arg(role->name), RolePrefix + role->name, role->hosts);
    }
    for (const Kamal::Accessory &accessory : config.accessories)
        add(tr("Accessory %1").arg(accessory.name), AccessoryPrefix + accessory.name,
            accessory.hosts);

    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillHosts();
        updateWhere();
    });
    connect(m_ui->hostsList, &QListWidget::itemChanged, this, &ExecDialog::updateWhere);
    connect(m_ui->commandEdit, &QLineEdit::textChanged, this, &ExecDialog::updateWhere);
    connect(m_ui->reuseCheck, &QCheckBox::toggled, this, &ExecDialog::updateWhere);
    connect(m_ui->interactiveCheck, &QCheckBox::toggled, this, &ExecDialog::updateWhere);
    m_ui->commandEdit->setFocus();
    fillHosts();
    updateWhere();
}

void ExecDialog::fillHosts()
{
    const QString key = m_ui->targetCombo->currentData().toString();
    const bool app = !key.startsWith(AccessoryPrefix);
    const QSignalBlocker blocker(m_ui->hostsList);
    m_ui->hostsList->clear();
    for (const QString &host : m_hosts.value(key)) {
        auto *item = new QListWidgetItem(host, m_ui->hostsList);
        item->setFlags(app ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                           : Qt::ItemIsEnabled);
        item->setCheckState(Qt::Checked);
    }
    m_ui->hostsList->setEnabled(app);
    if (m_ui->hostsList->count() > 0)
        m_ui->hostsList->setCurrentRow(0);
}

QStringList ExecDialog::checkedHosts() const
{
    QStringList hosts;
    for (int row = 0; row < m_ui->hostsList->count(); ++row) {
        if (m_ui->hostsList->item(row)->checkState() == Qt::Checked)
            hosts.append(m_ui->hostsList->item(row)->text());
    }
    return hosts;
}

ExecDialog::~ExecDialog() = default;

Engine::OperationRequest ExecDialog::request() const
{
    Engine::OperationRequest request;
    const QString key = m_ui->targetCombo->currentData().toString();
    if (key.startsWith(AccessoryPrefix)) {
        request.kind = Engine::OperationKind::AccessoryExec;
        request.argument = key.mid(AccessoryPrefix.size());
    } else {
        request.kind = Engine::OperationKind::AppExec;
        if (key.startsWith(RolePrefix))
            request.role = key.mid(RolePrefix.size());
        // All of them is no limit, as without --hosts.
        const QStringList hosts = checkedHosts();
        if (hosts.size() < m_ui->hostsList->count())
            request.hosts = hosts;
    }
    request.command = m_ui->commandEdit->text().trimmed();
    request.reuse = m_ui->reuseCheck->isChecked();
    return request;
}

bool ExecDialog::isInteractive() const
{
    return m_ui->interactiveCheck->isChecked();
}

void ExecDialog::updateWhere()
{
    const QStringList hosts = checkedHosts();
    const bool ready = !hosts.isEmpty() && !m_ui->commandEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
    const QString container = m_ui->reuseCheck->isChecked()
        ? tr("in the running container")
        : tr("in a new container of the image, removed afterwards");
    QString where;
    if (m_hosts.value(m_ui->targetCombo->currentData().toString()).isEmpty())
        where = tr("deploy.yml names no host for this.");
    else if (hosts.isEmpty())
        where = tr("Check at least one host.");
    else if (isInteractive())
        where = tr("Opens your terminal with an ssh session on %1, %2.")
                    .arg(hosts.constFirst(), container);
    else
        where = tr("Runs on %n host(s) (%1), %2; the output shows on the Deploy page, host by "
                   "host, with secrets hidden.",
                   nullptr, static_cast<int>(hosts.size()))
                    .arg(hosts.join(QStringLiteral(", ")), container);
    m_ui->whereLabel->setText(where);
}

} // namespace Berth::Gui
