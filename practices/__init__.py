"""What the network knows: taxonomies, projects, case studies, tools and lessons."""
