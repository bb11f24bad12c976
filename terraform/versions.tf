terraform {
  # The tests in tests/*.tftest.hcl use mock providers, which need Terraform 1.7 to run.
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.27 is the first release that accepts the dotnet10 Lambda runtime.
      version = ">= 6.27"
    }
  }
}
