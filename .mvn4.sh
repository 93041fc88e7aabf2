#!/bin/bash
cd /work/wt/issue4 && export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 PATH=/work/main/.gridatlas/node-24.11.1/bin:$PATH PW=$(cat /work/main/.gridatlas/db-password)
exec mvn -B -ntp -Dgridatlas.codegen.url=jdbc:postgresql://127.0.0.1:55432/gridatlas_i4_codegen -Dgridatlas.codegen.password=$PW \
        -Dgridatlas.test.url=jdbc:postgresql://127.0.0.1:55432/gridatlas_i4_test -Dgridatlas.test.password=$PW "$@"
