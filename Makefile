SHELL := /bin/bash
CONFIGURATION ?= Release
FUNCTIONS := Scheduler SpotManager CostReport BudgetAlerts Wake

.PHONY: build test aws-models dynamodb-engine terraform-tools terraform-schema package clean report-preview bench aot-toolchain demo cli preflight plan deploy destroy self-check

build:
	dotnet build CostOps.sln -c $(CONFIGURATION)

# Lambda zips: dist/<snake_name>.zip (keys of terraform/handlers.json), assemblies at the zip root, and
# dist/build-info.json (commit, uncommitted changes, runtime, framework, each zip's SHA-256) for the pre-flight.
package:
	rm -rf $(addprefix dist/,$(FUNCTIONS)) dist/*.zip dist/build-info.json
	@set -e; for f in $(FUNCTIONS); do \
		zipname=$$(echo "$$f" | sed -E 's/([a-z])([A-Z])/\1_\2/g' | tr '[:upper:]' '[:lower:]'); \
		echo "== $$f -> dist/$$zipname.zip"; \
		dotnet publish functions/CostOps.$$f/CostOps.$$f.csproj -c Release -r linux-x64 --self-contained false \
			-p:PublishReadyToRun=true -o dist/$$f --nologo -v q; \
		python3 scripts/zipdir.py dist/$$f dist/$$zipname.zip; \
	done
	@ls -l dist/*.zip
	@$(COSTOPS) build-info --dist dist --runtime linux-x64 --framework net10.0

# --- Deploying (README, "Deploying") ------------------------------------------------------------
# The costops command line runs the checks; `make cli` packs it as a .NET tool into dist/.
COSTOPS := dotnet run --project functions/CostOps.Cli -c $(CONFIGURATION) --
TF_DIR := terraform/deploy
TFVARS ?= $(TF_DIR)/terraform.tfvars
TF_VARS_ARG = -var-file=$(abspath $(TFVARS))
# ALLOW_DIRTY=1 accepts a build from uncommitted changes; AUTO_APPROVE=1 applies without asking.
PREFLIGHT = $(COSTOPS) preflight --tfvars $(TFVARS) $(if $(ALLOW_DIRTY),--allow-dirty)

cli:
	dotnet pack functions/CostOps.Cli -c Release -o dist --nologo
	@echo "Install it with: dotnet tool install --global --add-source ./dist costops"

# Every check except the build's, which runs after make package.
preflight:
	$(PREFLIGHT) --skip build

# In this order even under make -j: nothing is built before the checks that need no build pass.
plan:
	$(PREFLIGHT) --skip build
	$(MAKE) --no-print-directory package
	$(PREFLIGHT) --only build
	terraform -chdir=$(TF_DIR) init -input=false
	terraform -chdir=$(TF_DIR) plan -input=false $(TF_VARS_ARG)

deploy:
	$(PREFLIGHT) --skip build
	$(MAKE) --no-print-directory package
	$(PREFLIGHT) --only build
	terraform -chdir=$(TF_DIR) init -input=false
	terraform -chdir=$(TF_DIR) apply $(TF_VARS_ARG) $(if $(AUTO_APPROVE),-auto-approve)
	$(MAKE) --no-print-directory self-check

# Changes and sends nothing: the scheduler's dry run, the report's preview, the subscription reminder.
# Function names come from terraform output unless given (the module's self_check_command output
# passes REGION, SCHEDULER and COST_REPORT).
self-check:
	$(COSTOPS) self-check --terraform-dir $(TF_DIR) --tfvars $(TFVARS) $(if $(REGION),--region $(REGION)) \
		$(if $(SCHEDULER),--scheduler $(SCHEDULER)) $(if $(COST_REPORT),--report $(COST_REPORT))

# Terraform evaluates the zips' hashes even to destroy, so they are built if missing.
destroy:
	$(PREFLIGHT) --only terraform --only tfvars --only region --only credentials
	@test -f dist/build-info.json || $(MAKE) --no-print-directory package
	terraform -chdir=$(TF_DIR) init -input=false
	terraform -chdir=$(TF_DIR) destroy $(TF_VARS_ARG)

# The contract tests validate every AWS request against the official service models, which Debian
# ships in python3-botocore: install it when it is missing.
BOTOCORE_MODELS := /usr/lib/python3/dist-packages/botocore/data/ecs
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

aws-models:
	@test -d $(BOTOCORE_MODELS) || command -v apt-get >/dev/null || { \
		echo "The contract tests need the AWS service models of python3-botocore in $(BOTOCORE_MODELS)."; \
		echo "apt-get is not available here: install python3-botocore with your package manager, then run make test again."; \
		exit 1; }
	@test -d $(BOTOCORE_MODELS) || { \
		echo "Installing python3-botocore with apt-get (official AWS service models for the contract tests)"; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get update -qq >/dev/null && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-botocore >/dev/null || { \
		echo "Installing python3-botocore failed (see the apt-get output above): install it, then run make test again."; \
		exit 1; }; }

# The state store tests also run against dynalite, a DynamoDB-compatible engine on Node.js, installed
# from tests/dynalite/package-lock.json. Without Node.js they are skipped with a message saying why,
# unless COSTOPS_REQUIRE_DYNAMODB_ENGINE=1 (CI sets it), which makes them fail instead.
DYNALITE := tests/dynalite/node_modules/dynalite/package.json

dynamodb-engine:
	@test -f $(DYNALITE) || command -v npm >/dev/null || ! command -v apt-get >/dev/null || { \
		echo "Installing Node.js and npm with apt-get (they run dynalite for the state store tests)"; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get update -qq >/dev/null && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm >/dev/null || \
		echo "Installing Node.js failed: the state store tests against dynalite will be skipped."; }
	@test -f $(DYNALITE) || ! command -v npm >/dev/null || { \
		echo "Installing dynalite with npm ci (tests/dynalite)"; \
		npm ci --prefix tests/dynalite --no-audit --no-fund --loglevel=error >/dev/null || \
		echo "npm ci in tests/dynalite failed: the state store tests against dynalite will be skipped."; }

# The Terraform module's structural tests parse every .tf file with HashiCorp's HCL parser compiled for
# Node (@cdktf/hcl2json), installed from tests/terraform-tools/package-lock.json. Without it those tests
# are skipped with a message saying why, unless CI=true or COSTOPS_REQUIRE_TERRAFORM_TOOLS=1, where they fail.
HCL2JSON := tests/terraform-tools/node_modules/@cdktf/hcl2json/package.json

terraform-tools:
	@test -f $(HCL2JSON) || command -v npm >/dev/null || ! command -v apt-get >/dev/null || { \
		echo "Installing Node.js and npm with apt-get (they run the HCL parser for the Terraform tests)"; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get update -qq >/dev/null && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm >/dev/null || \
		echo "Installing Node.js failed: the Terraform module tests will be skipped."; }
	@test -f $(HCL2JSON) || ! command -v npm >/dev/null || { \
		echo "Installing the HCL parser with npm ci (tests/terraform-tools)"; \
		npm ci --prefix tests/terraform-tools --no-audit --no-fund --loglevel=error >/dev/null || \
		echo "npm ci in tests/terraform-tools failed: the Terraform module tests will be skipped."; }

# Re-extracts the AWS provider schema the Terraform tests check against (after using a new resource
# type): downloads @cdktf/provider-aws (~37 MB) into tests/terraform-tools/provider-aws (not committed)
# and writes tests/CostOps.Terraform.Tests/Schema/aws-provider-schema.json; commit that file.
PROVIDER_AWS_NPM := 21.22.1
PROVIDER_AWS_DIR := tests/terraform-tools/provider-aws

terraform-schema: terraform-tools
	@test -f $(PROVIDER_AWS_DIR)/package/package.json && grep -q '"version": "$(PROVIDER_AWS_NPM)"' $(PROVIDER_AWS_DIR)/package/package.json || { \
		rm -rf $(PROVIDER_AWS_DIR) && mkdir -p $(PROVIDER_AWS_DIR) && \
		echo "Downloading @cdktf/provider-aws@$(PROVIDER_AWS_NPM)" && \
		(cd $(PROVIDER_AWS_DIR) && npm pack @cdktf/provider-aws@$(PROVIDER_AWS_NPM) --silent >/dev/null && tar xzf cdktf-provider-aws-*.tgz && rm cdktf-provider-aws-*.tgz); }
	node tests/terraform-tools/extract-aws-schema.js $(PROVIDER_AWS_DIR)/package tests/CostOps.Terraform.Tests/Schema/aws-provider-schema.json terraform

test: aws-models dynamodb-engine terraform-tools
	dotnet test CostOps.sln -c $(CONFIGURATION)

clean:
	rm -rf dist reports/out
	dotnet clean CostOps.sln >/dev/null

# One simulated week of the seed fleet on an in-process AWS account (no credentials needed): timeline, the
# e-mails as sent, the HTML report in reports/out/ and the savings per month.
demo:
	dotnet run --project functions/CostOps.Demo -c $(CONFIGURATION)

# Renders the fixed sample report to reports/out/report.txt and reports/out/report.html.
report-preview:
	dotnet run --project reports/CostOps.Reports.Preview -c $(CONFIGURATION) -- reports/out

# Speed and cost benchmarks (not part of test): writes benchmarks/results/latest.md (commit it with benchmarks/RESULTS.md,
# which says what the figures mean against their targets). The cold-start section publishes the bootstrap three ways
# (plain, ReadyToRun, Native AOT) into benchmarks/CostOps.ColdStart/obj/coldstart/ unless the last publish is newer
# than its sources, and runs it against dynalite (installed by `make dynamodb-engine`).
# Native AOT links with clang and zlib: installed with apt-get when missing; without them the cold-start section
# says the AOT publish failed and still measures the plain and ReadyToRun builds.
aot-toolchain:
	@command -v clang >/dev/null && test -f /usr/include/zlib.h || ! command -v apt-get >/dev/null || { \
		echo "Installing clang and zlib1g-dev with apt-get (Native AOT links with them)"; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get update -qq >/dev/null && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq clang zlib1g-dev >/dev/null || \
		echo "Installing clang failed: the Native AOT build of the cold-start benchmark will be reported as failed."; }

bench: dynamodb-engine aot-toolchain
	dotnet run --project benchmarks/CostOps.Benchmarks -c Release -- benchmarks/results/latest.md
	@echo "Results in benchmarks/results/latest.md; update benchmarks/RESULTS.md from them."
